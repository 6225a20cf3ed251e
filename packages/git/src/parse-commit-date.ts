/**
 * Turns an ISO 8601 date with a time zone (`2024-01-02T03:04:05Z`, `...+01:00`) into git's raw
 * date form `<epoch seconds> <+hhmm>`, keeping the written offset.
 * @throws Error when the date has no time zone or does not parse (a scripting mistake in a test).
 */
export function parseCommitDate(iso: string): string {
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso);
  const ms = Date.parse(iso);
  if (!m || Number.isNaN(ms)) throw new Error(`"${iso}" is no ISO date with a time zone; write it like 2024-01-02T03:04:05Z.`);
  const tz = m[1] === 'Z' ? '+0000' : `${m[2]}${m[3]}${m[4]}`;
  return `${Math.floor(ms / 1000)} ${tz}`;
}
