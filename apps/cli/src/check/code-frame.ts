/**
 * A short code frame: line `line` (1-based) of `text` with a caret under `column` (1-based),
 * prefixed by the line number. Empty when the line does not exist. Tabs are kept so the caret
 * lines up in a terminal.
 */
export function codeFrame(text: string, line: number, column = 1): string[] {
  const lines = text.split(/\r?\n/);
  const src = lines[line - 1];
  if (src === undefined) return [];
  const no = String(line);
  const pad = ' '.repeat(no.length);
  const shown = src.length > 160 ? `${src.slice(0, 160)}…` : src;
  const lead = src.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
  return [`${no} | ${shown}`, `${pad} | ${lead}^`];
}
