/**
 * Serializes a JSON body deterministically: 2-space indent, `\n` line endings, a final newline.
 * Key order is the order the views built (house style rule 9).
 */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
