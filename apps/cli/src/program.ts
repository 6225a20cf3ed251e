import { Command } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerInit } from './commands/init.js';
import { registerPreview } from './commands/preview.js';
import { registerServe } from './commands/serve.js';
import { registerValidate } from './commands/validate.js';
import { registerVerify } from './commands/verify.js';
import { registerImport } from './commands/import.js';
import { registerDiff } from './commands/diff.js';
import { registerCheck } from './commands/check.js';
import { registerSync } from './commands/sync.js';

import { XRGIT_VERSION } from './version.js';

export { XRGIT_VERSION };

/** Builds the `xrgit` command tree; `out` receives everything written to standard output. */
export function createProgram(out: (s: string) => void = (s) => process.stdout.write(s)): Command {
  const program = new Command('xrgit')
    .description('A Git-backed xRegistry toolkit: validate, build, diff, check, serve and sync registries kept in git.')
    .version(XRGIT_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerValidate(program, out);
  registerInit(program, out);
  registerBuild(program, out);
  registerPreview(program, out);
  registerServe(program, out);
  registerVerify(program, out);
  registerImport(program, out);
  registerDiff(program, out);
  registerCheck(program, out);
  registerSync(program, out);
  return program;
}
