import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { locateJsonError } from './locate-json-error.js';
import { parsePointer } from './parse-pointer.js';
import { findDuplicateJsonKey } from './scan-json-keys.js';

/** Limits applied when reading a file; hostile input must not exhaust the machine. */
export const SOURCE_LIMITS = {
  maxBytes: 512 * 1024 * 1024,
  maxDepth: 256,
  maxAliasCount: 1000,
} as const;

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A parsed JSON or YAML text that can tell the position of any JSON Pointer into its value.
 * JSON is parsed as YAML 1.2 (a superset), so both get the same duplicate-key checks and
 * positions.
 */
export class SourceFile {
  private readonly lineCounter: LineCounter;

  private constructor(
    readonly file: string,
    readonly value: unknown,
    private doc: Document | undefined,
    lineCounter: LineCounter,
  ) {
    this.lineCounter = lineCounter;
  }

  /**
   * Parses `text` (JSON or YAML). Problems are reported to `diagnostics` with positions; on a
   * fatal problem `value` is `undefined`.
   */
  static parse(file: string, text: string, diagnostics: Diagnostics): SourceFile {
    const lineCounter = new LineCounter();
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (body.length > SOURCE_LIMITS.maxBytes) {
      diagnostics.report('source/too-large', { size: body.length, limit: SOURCE_LIMITS.maxBytes }, { file });
      return new SourceFile(file, undefined, undefined, lineCounter);
    }
    if (isJsonFile(file)) return SourceFile.parseJson(file, body, diagnostics, true);
    if (looksLikeJson(body)) return SourceFile.parseJson(file, body, diagnostics, false);
    return SourceFile.parseYaml(file, body, diagnostics, lineCounter);
  }

  /**
   * JSON is read with JSON.parse (fast, exact JSON semantics) plus a linear duplicate-key scan;
   * the YAML document that gives positions is built only when a position is asked for. A file
   * named `.json`/`.avsc` is `strict`: text that is not JSON is a syntax error even where YAML
   * would read it (layout §8.1); other text only looked like JSON and goes to the YAML parser.
   */
  private static parseJson(file: string, body: string, diagnostics: Diagnostics, strict: boolean): SourceFile {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      if (strict) return SourceFile.jsonSyntaxError(file, body, String((e as Error).message), diagnostics);
      // Let the YAML parser describe and locate the syntax error.
      return SourceFile.parseYaml(file, body, diagnostics, new LineCounter());
    }
    const dup = findDuplicateJsonKey(body);
    const lazy = new SourceFile(file, dup ? undefined : value, undefined, new LineCounter());
    lazy.lazyText = body;
    if (dup) {
      const pos = lazy.offsetPosition(dup.offset);
      diagnostics.report('source/duplicate-key', { file, key: dup.key }, { file, line: pos.line, column: pos.column });
      return lazy;
    }
    if (depthExceeds(value, SOURCE_LIMITS.maxDepth)) {
      diagnostics.report('source/too-deep', { limit: SOURCE_LIMITS.maxDepth }, { file });
      return new SourceFile(file, undefined, undefined, new LineCounter());
    }
    return lazy;
  }

  private static jsonSyntaxError(file: string, body: string, detail: string, diagnostics: Diagnostics): SourceFile {
    const located = locateJsonError(body) ?? { offset: body.length, depth: 0 };
    const failed = new SourceFile(file, undefined, undefined, new LineCounter());
    failed.lazyText = body;
    const pos = failed.offsetPosition(located.offset);
    failed.lazyText = undefined;
    if (located.depth > SOURCE_LIMITS.maxDepth) {
      diagnostics.report('source/too-deep', { limit: SOURCE_LIMITS.maxDepth }, { file, line: pos.line, column: pos.column });
    } else {
      diagnostics.report('source/parse-error', { file, detail: firstLine(detail) }, { file, line: pos.line, column: pos.column });
    }
    return failed;
  }

  private static parseYaml(file: string, body: string, diagnostics: Diagnostics, lineCounter: LineCounter): SourceFile {
    const doc = parseDocument(body, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2', schema: 'core', strict: true });
    let fatal = false;
    const exhausted = doc.errors.find((err) => err.code === 'RESOURCE_EXHAUSTION');
    if (exhausted) {
      // The parser ran out of stack on nesting; every other error it then reports is a consequence.
      const pos = lineCounter.linePos(exhausted.pos[0]);
      diagnostics.report('source/too-deep', { limit: SOURCE_LIMITS.maxDepth }, { file, line: pos.line, column: pos.col });
      return new SourceFile(file, undefined, undefined, lineCounter);
    }
    for (const err of doc.errors.slice(0, 1)) {
      // Only the first syntax error: the parser's later ones are almost always its consequences.
      const pos = lineCounter.linePos(err.pos[0]);
      const dup = /Map keys must be unique/.test(err.message);
      const key = dup ? keyAt(body, err.pos[0]) : undefined;
      diagnostics.report(
        dup ? 'source/duplicate-key' : 'source/parse-error',
        { file, detail: firstLine(err.message), key },
        { file, line: pos.line, column: pos.col },
      );
      fatal = true;
    }
    if (fatal) return new SourceFile(file, undefined, undefined, lineCounter);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: SOURCE_LIMITS.maxAliasCount });
    } catch (e) {
      // Only an alias count over the limit is a bomb; an alias to no anchor is a syntax error at the alias.
      const bomb = /excessive alias count/i.test(String(e));
      const offset = bomb ? undefined : unresolvedAliasOffset(doc);
      const pos = offset === undefined ? undefined : lineCounter.linePos(offset);
      diagnostics.report(bomb ? 'source/yaml-alias-limit' : 'source/parse-error', { file, detail: firstLine(String(e)) }, pos ? { file, line: pos.line, column: pos.col } : { file });
      return new SourceFile(file, undefined, undefined, lineCounter);
    }
    if (depthExceeds(value, SOURCE_LIMITS.maxDepth)) {
      diagnostics.report('source/too-deep', { limit: SOURCE_LIMITS.maxDepth }, { file });
      return new SourceFile(file, undefined, undefined, lineCounter);
    }
    const clash = findStringKeyClash(doc.contents);
    if (clash) {
      const pos = lineCounter.linePos(clash.offset);
      diagnostics.report('source/duplicate-key', { file, key: clash.key }, { file, line: pos.line, column: pos.col });
      return new SourceFile(file, undefined, undefined, lineCounter);
    }
    return new SourceFile(file, value, doc, lineCounter);
  }

  private lazyText: string | undefined;

  private offsetPosition(offset: number): Position {
    const text = this.lazyText ?? '';
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        last = i;
      }
    }
    return { line, column: offset - last };
  }

  /** Wraps an already-parsed value that has no text (positions are unknown). */
  static fromValue(file: string, value: unknown): SourceFile {
    return new SourceFile(file, value, undefined, new LineCounter());
  }

  /**
   * The position of the value at `pointer`, or of its key when `key` is true (the default for
   * members of a mapping). Undefined when the pointer does not resolve.
   */
  positionOf(pointer: string, key = true): Position | undefined {
    if (!this.doc && this.lazyText !== undefined) {
      this.doc = parseDocument(this.lazyText, { lineCounter: this.lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2', schema: 'core' });
      this.lazyText = this.lazyText.length > 0 ? this.lazyText : undefined;
    }
    if (!this.doc) return undefined;
    let node: unknown = this.doc.contents;
    let keyNode: Node | undefined;
    for (const token of parsePointer(pointer)) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === token);
        if (!pair) return undefined;
        keyNode = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(token)];
      } else {
        return undefined;
      }
    }
    const target = (key && keyNode) || (node as Node | null | undefined);
    const offset = target?.range?.[0];
    if (offset === undefined) return undefined;
    const lp = this.lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  }
}

/**
 * Two keys of one mapping that differ as YAML values but read as the same name (`1` and `"1"`,
 * `true` and `"true"`): the yaml package's uniqueKeys check compares values, so the second would
 * silently overwrite the first in the object.
 */
function findStringKeyClash(root: unknown): { key: string; offset: number } | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && seen.has(key)) return { key, offset: (pair.key as Node).range?.[0] ?? 0 };
        if (key !== undefined) seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return undefined;
}

/** The offset of the first alias that names no anchor before it, if any. */
function unresolvedAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function keyAt(text: string, offset: number): string {
  const m = /^["']?([^"':\n]*)/.exec(text.slice(offset, offset + 200));
  return m?.[1] ?? '';
}

function depthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > limit) return true;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

/** A file name that promises JSON: `.json` (including `.xreg.json`) and `.avsc`. */
function isJsonFile(file: string): boolean {
  return /\.(?:json|avsc)$/i.test(file);
}

/** Text of a file with no JSON name that starts like JSON. */
function looksLikeJson(body: string): boolean {
  const first = body.trimStart()[0];
  return first === '{' || first === '[';
}
