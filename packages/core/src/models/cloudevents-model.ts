import type { DomainModelSource } from './model-source-types.js';

/**
 * The CloudEvents Registry model (cloudevents/model.json): endpoints, message groups and schema
 * groups, composed from the three domain models in the spec's order (earlier includes win).
 * The spec writes `../endpoint/model.json#groups`; the built-in names resolve to the same
 * modelsources, and those relative paths are accepted as aliases (builtin-models.ts).
 */
export const cloudEventsModelSource: DomainModelSource = {
  groups: {
    $includes: ['xregistry:endpoint#/groups', 'xregistry:message#/groups', 'xregistry:schema#/groups'],
  },
};
