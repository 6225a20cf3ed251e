import { statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '@xrgit/core';
import { openRegistry } from '../registry/open-registry.js';
import { renderJson } from '../report/render-json.js';
import { renderText } from '../report/render-text.js';
import { validateDocument } from './validate-document.js';

interface ValidateOptions {
  model?: string;
  ref?: string;
  format: 'text' | 'json';
  info?: boolean;
}

/**
 * `xrgit validate [PATH]`: a registry directory (the working tree as a pending commit on HEAD,
 * or `--ref REV`), or one xRegistry document file. Exit 0 when valid (warnings allowed), 1 on
 * errors, 2 on usage or environment errors.
 */
export function registerValidate(program: Command, out: (s: string) => void): void {
  program
    .command('validate')
    .description('Validate a registry: a registry directory (default: the one named in xrgit.yaml, else ./registry) at the working tree or a commit, or an xRegistry document file (FILE.xreg.json, FILE.xreg.yaml).')
    .argument('[path]', 'registry directory or xRegistry document')
    .option('--ref <rev>', 'validate the registry as committed at this revision instead of the working tree')
    .option('--model <file>', "for a document: the modelsource to validate against (default: the document's own modelsource, else the CloudEvents discovery model)")
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--info', 'also show informational notes (text format)')
    .action(async (path: string | undefined, opts: ValidateOptions) => {
      const isFile = path !== undefined && statOrNull(path)?.isFile() === true;
      const items: readonly Diagnostic[] = isFile ? validateDocument(path, { model: opts.model }).items : (await openRegistry(path, opts.ref)).diagnostics.items;
      out(opts.format === 'json' ? renderJson(items) : renderText(items, { showInfo: opts.info }));
      process.exitCode = items.some((d) => d.severity === 'error') ? 1 : 0;
    });
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
