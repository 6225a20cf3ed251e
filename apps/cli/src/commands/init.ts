import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UsageError } from '../usage-error.js';

/** Where the starter registry is, inside the built package. */
export function starterTemplateDir(): string {
  return fileURLToPath(new URL('../templates/init', import.meta.url));
}

/** The files of the starter, relative to its root, sorted. */
function starterFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

/**
 * `xrgit init [DIR]`: writes a starter registry (xrgit.yaml, registry/ with one schema, one
 * message and one endpoint, a README and a GitHub Actions workflow) into DIR. Refuses to
 * overwrite any existing file, and writes nothing in that case.
 */
export function registerInit(program: Command, out: (s: string) => void): void {
  program
    .command('init')
    .description('Create a starter registry with a README and a CI workflow example.')
    .argument('[dir]', 'target directory (created if needed)', '.')
    .action((dir: string) => {
      const target = resolve(dir);
      const template = starterTemplateDir();
      const files = starterFiles(template);
      const clashes = files.filter((f) => existsSync(join(target, f)));
      if (clashes.length > 0) throw new UsageError(`${target} already has ${clashes.join(', ')}; nothing was written. Run init in an empty directory or remove those files.`);
      cpSync(template, target, { recursive: true, errorOnExist: true, force: false });
      out(`Created a starter registry in ${target}:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
      if (!existsSync(join(target, '.git'))) out('\nNext: git init && git add -A && git commit -m "Start the registry", then xrgit validate.\n');
    });
}
