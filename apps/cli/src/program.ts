import { Command } from 'commander';
import { registerInit } from './commands/init.js';
import { registerValidate } from './commands/validate.js';

/** The toolkit version, printed by `--version` and recorded in build manifests. */
export const XRGIT_VERSION = '0.1.0';

/** Builds the `xrgit` command tree; `out` receives everything written to standard output. */
export function createProgram(out: (s: string) => void = (s) => process.stdout.write(s)): Command {
  const program = new Command('xrgit')
    .description('A Git-backed xRegistry toolkit: validate, build, diff, check, serve and sync registries kept in git.')
    .version(XRGIT_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerValidate(program, out);
  registerInit(program, out);
  return program;
}
