import type { AttributeDefinition, AttributeMap } from './model-types.js';

/**
 * The spec-defined attributes of each entity level, in the order of core/sample-model-full.json
 * (core/spec.md §Common Attributes, §Registry Entity, §Group Entity, §Resource Entity,
 * §Meta Entity, §Version Entity). User model definitions are overlaid on these and may only
 * narrow them (core/model.md §Creating or Updating the Model).
 */

type Def = Omit<AttributeDefinition, 'name'>;

function attrs(defs: Array<[string, Def]>): AttributeMap {
  const out: AttributeMap = {};
  for (const [name, def] of defs) out[name] = { name, ...def };
  return out;
}

const anyObject: Def = { type: 'object', attributes: { '*': { name: '*', type: 'any' } } };

const common = {
  self: { type: 'url', readonly: true, immutable: true, required: true },
  shortself: { type: 'url', readonly: true, immutable: true },
  xid: { type: 'xid', readonly: true, immutable: true, required: true },
  epoch: { type: 'uinteger', readonly: true, required: true },
  name: { type: 'string' },
  description: { type: 'string' },
  documentation: { type: 'url' },
  icon: { type: 'url' },
  labels: { type: 'map', item: { type: 'string' } },
  createdat: { type: 'timestamp', required: true },
  modifiedat: { type: 'timestamp', required: true },
} as const satisfies Record<string, Def>;

const deprecated: Def = {
  type: 'object',
  attributes: attrs([
    ['alternative', { type: 'url' }],
    ['documentation', { type: 'url' }],
    ['effective', { type: 'timestamp' }],
    ['removal', { type: 'timestamp' }],
    ['*', { type: 'any' }],
  ]),
};

/** `<COLL>url`, `<COLL>count` and `<COLL>` for one child collection. */
export function collectionAttributes(plural: string): Array<[string, Def]> {
  return [
    [`${plural}url`, { type: 'url', readonly: true, immutable: true, required: true }],
    [`${plural}count`, { type: 'uinteger', readonly: true, required: true }],
    [plural, { type: 'map', item: anyObject }],
  ];
}

/** Registry-level spec attributes; `groups` are the Group plurals of the model. */
export function registrySpecAttributes(groups: readonly string[]): AttributeMap {
  return attrs([
    ['specversion', { type: 'string', readonly: true, required: true, default: '1.0-rc4' }],
    ['registryid', { type: 'string', readonly: true, immutable: true, required: true }],
    ['self', common.self],
    ['shortself', common.shortself],
    ['xid', common.xid],
    ['epoch', common.epoch],
    ['name', common.name],
    ['description', common.description],
    ['documentation', common.documentation],
    ['icon', common.icon],
    ['labels', common.labels],
    ['createdat', common.createdat],
    ['modifiedat', common.modifiedat],
    ['capabilities', anyObject],
    ['model', { ...anyObject, readonly: true }],
    ['modelsource', anyObject],
    ...groups.flatMap(collectionAttributes),
  ]);
}

/** Group-level spec attributes. */
export function groupSpecAttributes(singular: string, resources: readonly string[]): AttributeMap {
  return attrs([
    [`${singular}id`, { type: 'string', immutable: true, required: true }],
    ['self', common.self],
    ['shortself', common.shortself],
    ['xid', common.xid],
    ['epoch', common.epoch],
    ['name', common.name],
    ['description', common.description],
    ['documentation', common.documentation],
    ['icon', common.icon],
    ['labels', common.labels],
    ['createdat', common.createdat],
    ['modifiedat', common.modifiedat],
    ['deprecated', deprecated],
    [
      'constraints',
      {
        type: 'map',
        item: {
          type: 'object',
          attributes: attrs([
            ['default', { type: 'any' }],
            ['enum', { type: 'array', item: { type: 'any' } }],
            ['equals', { type: 'string' }],
          ]),
        },
      },
    ],
    ...resources.flatMap(collectionAttributes),
  ]);
}

/** Version-level spec attributes (also shown on the Resource for its default Version). */
export function versionSpecAttributes(singular: string, hasdocument: boolean): AttributeMap {
  return attrs([
    [`${singular}id`, { type: 'string', immutable: true, required: true }],
    ['versionid', { type: 'string', immutable: true, required: true }],
    ['self', common.self],
    ['shortself', common.shortself],
    ['xid', common.xid],
    ['epoch', common.epoch],
    ['name', common.name],
    ['isdefault', { type: 'boolean', readonly: true, required: true, default: false }],
    ['description', common.description],
    ['documentation', common.documentation],
    ['icon', common.icon],
    ['labels', common.labels],
    ['createdat', common.createdat],
    ['modifiedat', common.modifiedat],
    ['ancestorid', { type: 'string', required: true }],
    ['contenttype', { type: 'string' }],
    ['format', { type: 'string' }],
    ['formatvalidated', { type: 'boolean', readonly: true }],
    ['formatvalidatedreason', { type: 'string', readonly: true }],
    ['compatibilityvalidated', { type: 'boolean', readonly: true }],
    ['compatibilityvalidatedreason', { type: 'string', readonly: true }],
    ...(hasdocument
      ? ([
          [`${singular}url`, { type: 'url' }],
          [singular, { type: 'any' }],
          [`${singular}base64`, { type: 'string' }],
        ] as Array<[string, Def]>)
      : []),
  ]);
}

/** Resource-level (system) attributes. */
export function resourceSpecAttributes(singular: string): AttributeMap {
  return attrs([
    [`${singular}id`, { type: 'string', immutable: true, required: true }],
    ['self', common.self],
    ['shortself', common.shortself],
    ['xid', common.xid],
    ['metaurl', { type: 'url', readonly: true, immutable: true, required: true }],
    ['meta', anyObject],
    ['versionsurl', { type: 'url', readonly: true, immutable: true, required: true }],
    ['versionscount', { type: 'uinteger', readonly: true, required: true }],
    ['versions', { type: 'map', item: anyObject }],
  ]);
}

/** The six compatibility values of core/spec.md §compatibility. */
export const COMPATIBILITY_VALUES = ['backward', 'backward_transitive', 'forward', 'forward_transitive', 'full', 'full_transitive'] as const;

/** Meta-level spec attributes. */
export function metaSpecAttributes(singular: string): AttributeMap {
  return attrs([
    [`${singular}id`, { type: 'string', immutable: true, required: true }],
    ['self', common.self],
    ['shortself', common.shortself],
    ['xid', common.xid],
    // core/spec.md §Cross Referencing Resources types xref as an xid; sample-model-full.json
    // says url. The spec text wins (digest §1.8).
    ['xref', { type: 'xid' }],
    ['epoch', common.epoch],
    ['labels', common.labels],
    ['createdat', common.createdat],
    ['modifiedat', common.modifiedat],
    ['readonly', { type: 'boolean', readonly: true, required: true, default: false }],
    ['compatibility', { type: 'string', enum: [...COMPATIBILITY_VALUES], strict: true }],
    ['deprecated', deprecated],
    ['defaultversionid', { type: 'string', required: true }],
    ['defaultversionurl', { type: 'url', readonly: true, required: true }],
    ['defaultversionsticky', { type: 'boolean', required: true, default: false }],
  ]);
}

/**
 * Attributes the registry computes itself. A user may not be asked to supply them, even when the
 * model marks them required (core/spec.md: they are REQUIRED in responses, not in requests).
 */
export const SERVER_MANAGED = new Set([
  'specversion',
  'registryid',
  'self',
  'shortself',
  'xid',
  'epoch',
  'createdat',
  'modifiedat',
  'isdefault',
  'ancestorid',
  'versionid',
  'readonly',
  'defaultversionid',
  'defaultversionurl',
  'defaultversionsticky',
  'metaurl',
  'versionsurl',
  'versionscount',
  'formatvalidated',
  'formatvalidatedreason',
  'compatibilityvalidated',
  'compatibilityvalidatedreason',
  'model',
  'capabilities',
  'modelsource',
]);
