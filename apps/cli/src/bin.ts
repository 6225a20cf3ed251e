#!/usr/bin/env node
import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { isExportError } from '@xrgit/export';
import { isGitError } from '@xrgit/git';
import { UsageError } from './usage-error.js';

try {
  await createProgram().parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
  if (isGitError(e) || isExportError(e)) {
    // Operational git failures (shallow clone, unknown revision, not a repository) are the
    // user's environment, not a bug: one line, with what to do, exit 2.
    process.stderr.write(`xrgit: ${(e as Error).message}\n`);
    process.exit(2);
  }
  if (e instanceof UsageError) {
    process.stderr.write(`xrgit: ${e.message}\n`);
    process.exit(2);
  }
  // An unexpected failure is a bug in xrgit: say so, with the details needed to report it.
  process.stderr.write(`xrgit: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(70);
}
