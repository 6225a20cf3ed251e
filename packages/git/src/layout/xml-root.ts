/** The root element of an XML document. */
export interface XmlRoot {
  /** The qualified name as written, e.g. `xs:schema`. */
  name: string;
  /** The namespace URI of the root element, when declared on it. */
  namespace?: string;
  /** Attributes of the root element as written (qualified names). */
  attributes: Record<string, string>;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;

/**
 * Checks that `text` is well-formed enough to be an XML document (one root element, balanced
 * and properly nested tags, closed comments and CDATA sections) and returns its root element,
 * or a string saying what is wrong. It is not a validating parser: entities and DTDs are not
 * interpreted, which is enough for telling an XSD's version and rejecting broken files.
 */
export function readXmlRoot(text: string): XmlRoot | string {
  const stack: string[] = [];
  let root: XmlRoot | undefined;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (root && stack.length === 0 && text.slice(i, lt).trim() !== '') return 'text after the root element';
    const skip = skipSpecial(text, lt);
    if (typeof skip === 'string') return skip;
    if (skip > 0) {
      i = skip;
      continue;
    }
    const gt = findTagEnd(text, lt);
    if (gt < 0) return `the tag at offset ${lt} is not closed`;
    const body = text.slice(lt + 1, gt);
    i = gt + 1;
    if (body.startsWith('/')) {
      const name = body.slice(1).trim();
      if (stack.pop() !== name) return `the closing tag </${name}> does not match an open element`;
      continue;
    }
    const selfClosing = body.endsWith('/');
    const m = NAME.exec(body);
    if (!m) return `"<${body.slice(0, 20)}" is not a tag`;
    if (!root) root = { name: m[0], attributes: parseAttributes(body.slice(m[0].length, selfClosing ? -1 : undefined)) };
    else if (stack.length === 0) return 'more than one root element';
    if (!selfClosing) stack.push(m[0]);
  }
  if (!root) return 'no root element';
  if (stack.length > 0) return `the element <${stack[stack.length - 1]}> is not closed`;
  const prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':')) : '';
  const ns = root.attributes[prefix ? `xmlns:${prefix}` : 'xmlns'];
  return ns === undefined ? root : { ...root, namespace: ns };
}

/** Skips a declaration, comment, CDATA section or DOCTYPE at `lt`; 0 when it is an ordinary tag. */
function skipSpecial(text: string, lt: number): number | string {
  const pairs: Array<[string, string]> = [['<?', '?>'], ['<!--', '-->'], ['<![CDATA[', ']]>'], ['<!', '>']];
  for (const [open, close] of pairs) {
    if (!text.startsWith(open, lt)) continue;
    const end = text.indexOf(close, lt + open.length);
    if (end < 0) return `"${open}" at offset ${lt} is not closed`;
    return end + close.length;
  }
  return 0;
}

function findTagEnd(text: string, lt: number): number {
  let quote = '';
  for (let j = lt + 1; j < text.length; j++) {
    const c = text[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
    else if (c === '<') return -1;
  }
  return -1;
}

function parseAttributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]!] = m[3] ?? m[4] ?? '';
  return out;
}
