import { statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Diagnostics } from '@xrgit/core';
import { renderJson } from '../report/render-json.js';
import { renderText } from '../report/render-text.js';
import { UsageError } from '../usage-error.js';
import { validateDocument } from './validate-document.js';

/** `xrgit validate`: exit 0 when valid (warnings allowed), 1 on errors, 2 on usage errors. */
export function registerValidate(program: Command, out: (s: string) => void): void {
  program
    .command('validate')
    .description('Validate a registry: an xRegistry document (FILE.xreg.json, FILE.xreg.yaml) against its model.')
    .argument('<path>', 'an xRegistry document (JSON or YAML)')
    .option('--model <file>', 'modelsource to validate against (default: the document\'s own modelsource, else the CloudEvents discovery model)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--info', 'also show informational notes (text format)')
    .action((path: string, opts: { model?: string; format: 'text' | 'json'; info?: boolean }) => {
      const stat = statOrNull(path);
      if (!stat) throw new UsageError(`no such file or directory: ${path}`);
      if (stat.isDirectory()) throw new UsageError(`${path} is a directory; validating a registry directory needs the git storage layer (xrgit validate DIR arrives with it). Give an xRegistry document file.`);
      const d: Diagnostics = validateDocument(path, { model: opts.model });
      out(opts.format === 'json' ? renderJson(d.items) : renderText(d.items, { showInfo: opts.info }));
      process.exitCode = d.hasErrors() ? 1 : 0;
    });
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
