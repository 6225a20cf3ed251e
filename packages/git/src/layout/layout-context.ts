import type { GroupModel, Model, ResourceModel } from '@xrgit/core';

/**
 * What the layout needs to know about a model, built once per model by {@link layoutContext} and
 * shared by every file read with it.
 */
export interface LayoutContext {
  /** The built model. */
  model: Model;
  /** Group type plurals, sorted. */
  groupPlurals: readonly string[];
  /** The Group type of a plural. */
  group(plural: string): GroupModel | undefined;
  /** The Resource type `resourcePlural` of Group type `groupPlural`. */
  resource(groupPlural: string, resourcePlural: string): ResourceModel | undefined;
  /**
   * Whether `format` is inferred for documents of this Resource type (docs/layout.md §8.2): it
   * has documents and its model makes `format` its own. Core gives every Resource type the
   * spec's optional `format`, so "its own" means the model requires it (schemas do).
   */
  infersFormat(groupPlural: string, resourcePlural: string): boolean;
}

/** Builds the layout context of `model`. */
export function layoutContext(model: Model): LayoutContext {
  const groupPlurals = Object.keys(model.groups).sort();
  return {
    model,
    groupPlurals,
    group: (plural) => (Object.hasOwn(model.groups, plural) ? model.groups[plural] : undefined),
    resource: (gp, rp) => {
      const g = Object.hasOwn(model.groups, gp) ? model.groups[gp] : undefined;
      return g && Object.hasOwn(g.resources, rp) ? g.resources[rp] : undefined;
    },
    infersFormat: (gp, rp) => {
      const r = Object.hasOwn(model.groups, gp) && Object.hasOwn(model.groups[gp]!.resources, rp) ? model.groups[gp]!.resources[rp]! : undefined;
      return r !== undefined && r.hasdocument && Object.hasOwn(r.attributes, 'format') && r.attributes['format']!.required === true;
    },
  };
}
