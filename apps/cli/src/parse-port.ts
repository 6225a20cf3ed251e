import { UsageError } from './usage-error.js';

/** The value of a `--port` option: an integer from 0 (any free port) to 65535. @throws UsageError */
export function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number from 0 (any free port) to 65535, not ${raw}`);
  return port;
}
