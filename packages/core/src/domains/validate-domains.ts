import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RegistryNode } from '../entities/registry-node.js';
import type { Model } from '../model/model-types.js';
import { checkFormatNames } from './check-format-names.js';

/**
 * Runs the domain rules that the spec states in prose but the models do not enforce. Each rule
 * applies only where the model has the group and resource types it is about, so a registry
 * with a custom model is not held to the CloudEvents domains.
 */
export function validateDomains(registry: RegistryNode, model: Model, diagnostics: Diagnostics): void {
  checkFormatNames(registry, model, diagnostics);
}
