/** @xrgit/cli: the `xrgit` command line. */
export { createProgram } from './program.js';
