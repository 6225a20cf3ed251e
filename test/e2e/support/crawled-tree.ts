/** An xRegistry entity or collection body as parsed JSON. */
export type Json = Record<string, unknown>;

/** The parts of `/model` the crawler needs. */
export interface CrawlModel {
  groups: Record<string, { singular: string; resources: Record<string, { singular: string; hasdocument?: boolean }> }>;
}

/** A Version as served: its `$details` (or plain) metadata and, for documents, the raw bytes. */
export interface CrawledVersion {
  entity: Json;
  document?: Buffer;
}

/** A Resource as served. */
export interface CrawledResource {
  entity: Json;
  meta?: Json;
  document?: Buffer;
  versions: Map<string, CrawledVersion>;
}

/** A Group as served. */
export interface CrawledGroup {
  entity: Json;
  resources: Map<string, Map<string, CrawledResource>>;
}

/** Everything a client can read from a static registry, keyed like the registry. */
export interface CrawledTree {
  registry: Json;
  model: CrawlModel;
  capabilities: Json;
  modelsource: Json;
  export: Json;
  groups: Map<string, Map<string, CrawledGroup>>;
}

/** True for Resource types with documents (the model's `hasdocument`, default true). */
export function hasDocument(model: CrawlModel, plural: string, rplural: string): boolean {
  return model.groups[plural]?.resources[rplural]?.hasdocument !== false;
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
