import { describe, expect, it } from 'vitest';
import { renderSite, XR_JSON_SIDECAR, type HostProfile, type S3Object, type SiteTree } from '../src/index.js';
import { fixtureState } from './fixture-state.js';

const render = (profile: HostProfile): SiteTree => renderSite(fixtureState(), { baseUrl: 'https://reg.example/api/', profile, toolVersion: '0.1.0' });
const text = (tree: SiteTree, path: string): string => new TextDecoder().decode(tree.get(path)!.bytes);
const order = 'schemagroups/com.example/schemas/order';

describe('the headers of a document', () => {
  const doc = render('nginx').get(`${order}/index.json`)!;

  it('carry the content type, the xRegistry attributes percent-encoded, and labels one header per key', () => {
    expect(doc.contentType).toBe('application/json');
    expect(doc.headers).toMatchObject({
      'xRegistry-schemaid': 'order',
      'xRegistry-versionid': '2',
      'xRegistry-self': 'https://reg.example/api/schemagroups/com.example/schemas/order',
      'xRegistry-xid': '/schemagroups/com.example/schemas/order',
      'xRegistry-description': 'Second:%20%22%C3%BC%22',
      'xRegistry-labels.team': 'orders%20eu',
      'xRegistry-versionscount': '2',
      'Content-Location': 'https://reg.example/api/schemagroups/com.example/schemas/order/versions/2',
      'Content-Disposition': 'order',
    });
    expect(doc.headers['xRegistry-contenttype']).toBeUndefined();
  });

  it('carry CORS and the Link to the registry root like every served file', () => {
    expect(doc.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(doc.headers['Access-Control-Expose-Headers']).toContain('xRegistry-versionid');
    expect(doc.headers['Link']).toBe('<https://reg.example/api/>;rel=xregistry-root');
  });

  it('of a version have no Content-Location and their own self', () => {
    const v = render('nginx').get(`${order}/versions/1/index.json`)!;
    expect(v.headers['Content-Location']).toBeUndefined();
    expect(v.headers['xRegistry-self']).toBe('https://reg.example/api/schemagroups/com.example/schemas/order/versions/1');
    expect(v.headers['xRegistry-isdefault']).toBe('false');
  });
});

describe('the nginx profile', () => {
  const tree = render('nginx');
  const maps = text(tree, 'nginx/xrgit-maps.conf');
  const conf = text(tree, 'nginx/xrgit.conf');
  const mapOf = (header: string): string => {
    const variable = new RegExp(`add_header ${header.replace('.', '\\.')} (\\$xrgit_h\\d+) always;`).exec(conf)![1]!;
    return new RegExp(`map \\$uri \\${variable} \\{[^}]*\\}`).exec(maps)![0];
  };

  it('maps each file URI to its content type, JSON also for extension-less paths', () => {
    expect(maps).toContain(`"/api/${order}/index.json" "application/json";`);
    expect(maps).toContain(`"/api/${order}$details" "application/json; charset=utf-8";`);
    expect(maps).toContain('"/api/model" "application/json; charset=utf-8";');
    expect(conf).toContain('add_header Content-Type $xrgit_content_type always;');
    expect(conf).toContain('default_type "";');
  });

  it('maps the xRegistry-versionid of each document through one table and one add_header', () => {
    expect(mapOf('xRegistry-versionid')).toContain(`"/api/${order}/index.json" "2";`);
    expect(mapOf('xRegistry-versionid')).toContain(`"/api/${order}/versions/1/index.json" "1";`);
    expect(conf.match(/add_header xRegistry-versionid /g)).toHaveLength(1);
    expect(conf).not.toMatch(/location [^{]*order/);
  });

  it('sends CORS and the root Link on every response, errors included', () => {
    expect(conf).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(conf).toContain('add_header Link "<https://reg.example/api/>;rel=xregistry-root" always;');
  });

  it('answers external documents with 303 to the <RESOURCE>url', () => {
    expect(maps).toContain('"/api/schemagroups/com.example/schemas/ext" "https://schemas.example/ext.avsc";');
    expect(conf).toContain('return 303 $xrgit_redirect;');
  });

  it('serves extension-less and directory URLs without a trailing-slash redirect', () => {
    expect(conf).toContain('try_files $uri ${uri}index.json $uri/index.json =404;');
    expect(conf).toContain('location /api/ {');
  });

  it('writes a dollar sign in a value through a variable so nginx does not expand it', () => {
    const doc = fixtureState();
    const tree2 = renderSite(doc, { baseUrl: 'https://reg.example/a$b/', profile: 'nginx', toolVersion: '0' });
    expect(text(tree2, 'nginx/xrgit.conf')).toContain('add_header Link "<https://reg.example/a${xrgit_dollar}b/>;rel=xregistry-root" always;');
  });
});

describe('the netlify profile', () => {
  const tree = render('netlify');
  const headers = text(tree, '_headers');

  it('sets CORS and Link for every path and a JSON content type for each JSON file, directories with and without a slash', () => {
    expect(headers).toContain('/api/*\n  Access-Control-Allow-Origin: *\n');
    expect(headers).toContain('  Link: <https://reg.example/api/>;rel=xregistry-root\n');
    expect(headers).toContain(`/api/${order}$details\n  Content-Type: application/json; charset=utf-8\n`);
    expect(headers).toContain('/api/schemagroups\n  Content-Type: application/json; charset=utf-8\n');
    expect(headers).toContain('/api/schemagroups/\n  Content-Type: application/json; charset=utf-8\n');
  });

  it('sets the document headers at the document URL', () => {
    const block = headers.split(/\n(?=\/)/).find((b) => b.startsWith(`/api/${order}\n`))!;
    expect(block.split('\n')).toEqual(expect.arrayContaining(['  Content-Type: application/json', '  Content-Disposition: order', '  xRegistry-versionid: 2']));
  });

  it('redirects external documents with 302, the closest status Netlify supports to 303', () => {
    expect(text(tree, '_redirects')).toContain('/api/schemagroups/com.example/schemas/ext https://schemas.example/ext.avsc 302\n');
  });
});

describe('the xr profile', () => {
  const tree = render('xr');

  it('writes the reference JSON sidecar byte for byte', () => {
    expect(text(tree, `${order}$details.hdr`)).toBe(XR_JSON_SIDECAR);
    expect(tree.get('index.html.hdr')!.bytes.byteLength).toBe(30);
  });

  it('writes document sidecars as sorted lower-case name:value lines without a space', () => {
    const lines = text(tree, `${order}.hdr`).split('\n');
    expect(lines).toEqual([...lines].sort());
    expect(lines).toContain('content-type:application/json');
    expect(lines).toContain('xregistry-versionid:2');
    expect(lines).toContain('xregistry-labels.team:orders%20eu');
    expect(lines).toContain('content-location:https://reg.example/api/schemagroups/com.example/schemas/order/versions/2');
    expect(lines.some((l) => l.startsWith('link:') || l.startsWith('access-control'))).toBe(false);
  });
});

describe('the s3 profile', () => {
  const tree = render('s3');
  const objects = (JSON.parse(text(tree, 's3-manifest.json')) as { objects: S3Object[] }).objects;
  const byKey = new Map(objects.map((o) => [o.key, o]));

  it('has one object per URL path, collection and member both as keys', () => {
    expect(byKey.get('api/schemagroups')).toMatchObject({ file: 'schemagroups/index.json', contentType: 'application/json; charset=utf-8' });
    expect(byKey.get('api/schemagroups/com.example')).toMatchObject({ file: 'schemagroups/com.example/index.json' });
    expect(byKey.get('api/index.json')).toMatchObject({ file: 'index.json' });
    expect(objects.map((o) => o.key)).toEqual([...objects.map((o) => o.key)].sort());
  });

  it('carries the xRegistry headers as metadata and external documents as website redirects', () => {
    expect(byKey.get(`api/${order}`)!.metadata).toMatchObject({ 'xregistry-versionid': '2', 'content-disposition': 'order' });
    expect(byKey.get('api/schemagroups/com.example/schemas/ext')).toMatchObject({ file: null, websiteRedirectLocation: 'https://schemas.example/ext.avsc' });
  });

  it('generates an upload script with one aws s3 cp per object', () => {
    const script = text(tree, 's3-upload.sh');
    expect(script.match(/^aws s3 cp /gm)).toHaveLength(objects.length);
    expect(script).toContain(`aws s3 cp 'schemagroups/index.json' "$DEST"/'api/schemagroups' --content-type 'application/json; charset=utf-8'`);
  });
});

describe('the pages profile', () => {
  it('writes a not_found error body as 404.html', () => {
    const body = JSON.parse(text(render('pages'), '404.html')) as Record<string, unknown>;
    expect(body['type']).toBe('https://github.com/xregistry/spec/blob/main/core/spec.md#not_found');
  });
});
