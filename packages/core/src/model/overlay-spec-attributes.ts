import type { AttributeDefinition, AttributeMap } from './model-types.js';
import { tok, type ModelProblems } from './model-problems.js';

/**
 * Overlays user attribute definitions on the spec-defined ones (core/model.md §Creating or
 * Updating the Model): a user definition of a spec attribute may narrow it (add an enum, a
 * description, required: true) but never change its type, set required or readonly to false,
 * or drop its default. Aspects the user omits keep the spec's value. Spec attributes come first,
 * in spec order, then extensions in the user's order; the `*` wildcard goes last.
 */
export function overlaySpecAttributes(spec: AttributeMap, user: AttributeMap, where: string, pointer: string, problems: ModelProblems): AttributeMap {
  const out: AttributeMap = {};
  for (const [name, specDef] of Object.entries(spec)) {
    const userDef = user[name];
    out[name] = userDef ? narrow(specDef, userDef, where, `${pointer}/${tok(name)}`, problems) : specDef;
  }
  for (const [name, def] of Object.entries(user)) if (!(name in out) && name !== '*') out[name] = def;
  if (user['*']) out['*'] = user['*'];
  return out;
}

/**
 * core/spec.md §Cross Referencing Resources says meta `xref` is an xid; core/sample-model-full.json
 * types it `url`. We define it as xid and accept a model that retypes it to url or uri
 * (digest §1.8): the values we accept are the same xids either way.
 */
function xrefRetypeAccepted(spec: AttributeDefinition, user: AttributeDefinition): boolean {
  return spec.name === 'xref' && ['url', 'uri', 'xid'].includes(user.type);
}

function narrow(spec: AttributeDefinition, user: AttributeDefinition, where: string, pointer: string, problems: ModelProblems): AttributeDefinition {
  const weaken = (aspect: string): void => {
    problems.add('model/spec-attribute-weakened', { name: spec.name, where, aspect }, pointer);
  };
  if (user.type !== spec.type && !xrefRetypeAccepted(spec, user)) weaken('type');
  if (spec.required && user.required === false) weaken('required');
  if (spec.readonly && user.readonly === false) weaken('readonly');
  const merged: AttributeDefinition = { ...spec };
  for (const [k, v] of Object.entries(user) as Array<[keyof AttributeDefinition, unknown]>) {
    if (v === undefined) continue;
    if ((k === 'required' || k === 'readonly') && spec[k] && v === false) continue;
    if (k === 'type') continue;
    (merged as unknown as Record<string, unknown>)[k] = v;
  }
  if (spec.attributes && user.attributes) merged.attributes = overlaySpecAttributes(spec.attributes, user.attributes, where, `${pointer}/attributes`, problems);
  return merged;
}
