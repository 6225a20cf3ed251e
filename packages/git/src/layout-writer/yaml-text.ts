import { stringify } from 'yaml';

/**
 * `value` as a YAML attribute file: keys in the order given (documents keep their attribute
 * order, which is deterministic), 2-space indent, no line folding, no anchors, `\n` line endings
 * and a final newline. An empty mapping is written as `{}` so that the file is not empty.
 */
export function yamlText(value: Record<string, unknown>): string {
  return stringify(value, { version: '1.2', indent: 2, lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
