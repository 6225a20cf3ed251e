/** Where strict JSON text stops being JSON, and how deep it nests up to there. */
export interface JsonErrorLocation {
  /** 0-based UTF-16 offset of the first character that breaks the grammar (the text length at an early end). */
  offset: number;
  /** The deepest nesting of arrays and objects opened before `offset`. */
  depth: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after';

/**
 * Finds the first syntax error of `text` under RFC 8259, or undefined when it is JSON. JSON.parse
 * gives no position for many errors ("Unexpected token 'N', ... is not valid JSON"); this scan
 * does, without recursion, so 100000 unclosed brackets cost no stack.
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const stack: string[] = [];
  let depth = 0;
  let i = 0;
  let expect: Expect = 'value';
  const fail = (offset: number): JsonErrorLocation => ({ offset, depth });
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    const c = text[i];
    const top = stack.at(-1);
    if (expect === 'after') {
      if (top === undefined) return i < text.length ? fail(i) : undefined;
      if (c !== ',' && c !== top) return fail(i);
      if (c === top) stack.pop();
      else expect = top === '}' ? 'key' : 'value';
      i++;
      continue;
    }
    if (c === undefined) return fail(i);
    if ((c === '}' && expect === 'key-or-close') || (c === ']' && expect === 'value-or-close')) {
      stack.pop();
      [i, expect] = [i + 1, 'after'];
    } else if (expect === 'key' || expect === 'key-or-close') {
      const end = c === '"' ? stringEnd(text, i) : i;
      if (end < 0 || c !== '"') return fail(end < 0 ? -end - 1 : i);
      i = end;
      while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
      if (text[i] !== ':') return fail(i);
      [i, expect] = [i + 1, 'value'];
    } else if (c === '{' || c === '[') {
      stack.push(c === '{' ? '}' : ']');
      depth = Math.max(depth, stack.length);
      [i, expect] = [i + 1, c === '{' ? 'key-or-close' : 'value-or-close'];
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return fail(-end - 1);
      [i, expect] = [end, 'after'];
    } else {
      const end = tokenEnd(text, i);
      if (end === i) return fail(i);
      [i, expect] = [end, 'after'];
    }
  }
}

/** The offset after the string that starts at `start`, or -(offset of the error) - 1. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return -i - 1;
      i = ESCAPE.lastIndex;
    } else i++;
  }
  return -text.length - 1;
}

/** The offset after the number or literal at `start`; `start` when there is none. */
function tokenEnd(text: string, start: number): number {
  for (const re of [NUMBER, LITERAL]) {
    re.lastIndex = start;
    if (re.test(text)) return re.lastIndex;
  }
  return start;
}
