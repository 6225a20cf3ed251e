/** Turns `+0130` / `-0500` into minutes east of UTC (90 / -300); never returns `-0`. */
export function parseTzOffset(tz: string): number {
  const minutes = Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5));
  return tz.startsWith('-') ? 0 - minutes || 0 : minutes;
}
