import { Command } from 'commander';

/** The toolkit version, printed by `--version` and recorded in build manifests. */
export const XRGIT_VERSION = '0.1.0';

/** Builds the `xrgit` command tree. */
export function createProgram(): Command {
  const program = new Command('xrgit')
    .description('A Git-backed xRegistry toolkit: validate, build, diff, check, serve and sync registries kept in git.')
    .version(XRGIT_VERSION)
    .showHelpAfterError()
    .exitOverride();
  return program;
}
