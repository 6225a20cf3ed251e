import type { LoadedRegistry } from '@xrgit/git';
import { loadRegistryAt, openRegistry, type OpenedRegistry, type RegistryLocation } from '../registry/open-registry.js';
import { UsageError } from '../usage-error.js';
import { EntityLocator } from './entity-locator.js';
import { registryChangelog, type Changelog } from './registry-changelog.js';
import { RegistryReferences } from './registry-references.js';
import { resourcesOf } from './registry-walk.js';

/** Which two states of a registry are compared. `head` undefined = the working tree. */
export interface RevisionPair {
  base: string;
  head?: string;
}

/** Two states of a registry and what changed between them. */
export interface Comparison {
  location: RegistryLocation;
  base: LoadedRegistry;
  /** The head, loaded and validated (diagnostics with repository-relative file names). */
  head: OpenedRegistry;
  changelog: Changelog;
  references: RegistryReferences;
  locateHead: EntityLocator;
}

/**
 * Loads the registry at `pair.base` (history applied, not validated) and at `pair.head` (or the
 * working tree; validated like `xrgit validate`), and computes the changelog between them.
 * @throws UsageError outside a git repository; GitError for unknown revisions and shallow clones.
 */
export async function compareRevisions(location: RegistryLocation, pair: RevisionPair): Promise<Comparison> {
  if (!location.repoRoot) throw new UsageError(`${location.display} is not in a git repository; diff and check compare two revisions of one (git init && git add -A && git commit).`);
  const base = await loadRegistryAt(location, pair.base);
  const head = await openRegistry(undefined, pair.head, { location, paths: 'repository' });
  const known: string[] = [];
  for (const r of resourcesOf(base.registry)) {
    known.push(r.xid, r.groupXid);
    for (const vid of r.resource.versions.keys()) known.push(`${r.xid}/versions/${vid}`);
  }
  const references = new RegistryReferences(head.loaded.registry, known);
  const changelog = registryChangelog({ base: base.registry, head: head.loaded.registry, formats: head.formats, references });
  const locateHead = new EntityLocator(head.loaded.registry, head.loaded.files, location.dir);
  return { location, base, head, changelog, references, locateHead };
}
