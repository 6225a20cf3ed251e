/** How a document file is read (docs/layout.md §8.1). */
export type DocumentSyntax = 'json' | 'yaml' | 'text' | 'xml';

/** The known document extensions, lower case, with the syntax each is read as. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentSyntax>> = {
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  avsc: 'json',
  proto: 'text',
  xsd: 'xml',
  xml: 'xml',
  txt: 'text',
};

/** Extensions of attribute files (YAML or JSON), lower case. */
export const ATTRIBUTE_EXTENSIONS: ReadonlySet<string> = new Set(['yaml', 'yml', 'json']);

/** `name` split at its last dot; `ext` is lower case and empty when there is none. */
export function splitExtension(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return { stem: name, ext: '' };
  return { stem: name.slice(0, dot), ext: name.slice(dot + 1).toLowerCase() };
}

/** The stem of `<stem>.details.<yaml|yml|json>`, or undefined for any other name. */
export function sidecarStem(name: string): string | undefined {
  const m = /^(.+)\.details\.(yaml|yml|json)$/i.exec(name);
  return m ? m[1] : undefined;
}

/** Whether `name` is a whole xRegistry document (`*.xreg.json|yaml|yml`), docs/layout.md §10. */
export function isXregDocumentName(name: string): boolean {
  return /\.xreg\.(json|yaml|yml)$/i.test(name);
}

/** The known document extensions as a list for messages. */
export function knownExtensionList(): string {
  return Object.keys(DOCUMENT_EXTENSIONS).map((e) => `.${e}`).join(', ');
}
