import { serializeJson } from '@xrgit/core';
import { JSON_CONTENT_TYPE } from '../site-types.js';
import { configFile, type HostAdapter } from './host-adapter.js';

/**
 * GitHub Pages: no header control, no redirects. `index.html` is the only directory index Pages
 * serves; `.nojekyll` stops Jekyll from dropping files (it ignores `_`-prefixed names and would
 * process the tree). `404.html` holds a `not_found` error body (core/spec.md §not_found) without
 * `subject`, which a static page cannot know; Pages serves it as text/html with status 404.
 */
export const pagesProfile: HostAdapter = {
  indexFile: 'index.html',
  files(ctx) {
    const out: ReturnType<HostAdapter['files']> = [['.nojekyll', configFile('')]];
    if (ctx.options.notFoundPage !== false) {
      const body = {
        type: 'https://github.com/xregistry/spec/blob/main/core/spec.md#not_found',
        title: 'The targeted entity cannot be found.',
        detail: 'This static xRegistry has no file at the requested path. Query parameters are ignored (capabilities: flags []).',
      };
      out.push(['404.html', { bytes: new TextEncoder().encode(serializeJson(body)), contentType: JSON_CONTENT_TYPE, headers: ctx.common, urlPath: `${ctx.base.prefix}/404.html` }]);
    }
    return out;
  },
};
