import { ApiView, type ViewState } from '@xrgit/core';
import { children, entityView, type EntityNode } from './entity-node.js';
import type { FilterExpression } from './filter-expression.js';
import { matchesExpression } from './filter-match.js';
import { ServeError } from './serve-error.js';

/** One `?filter` parameter: its expressions are ANDed; parameters are ORed (core/http.md §?filter). */
export type FilterBranch = FilterExpression[];

const DEPTH = { registry: 0, group: 1, resource: 2, version: 3 } as const;

/**
 * The entities a filtered response keeps (core/spec.md §Filter Flag): for each branch, the
 * matching leaves (entities at the deepest level its expressions name, whose ancestors satisfy
 * the expressions at their levels), with their ancestors up to the response root and every
 * entity below them; the union over branches.
 */
export class FilterSelection {
  private readonly subtree = new Set<string>();
  private readonly along: Set<string>[] = [];
  private readonly views = new Map<string, Record<string, unknown>>();
  private readonly api: ApiView;

  /**
   * @param origin the entity the response starts at (for a collection: its parent)
   * @param prefix the collection plural(s) from `origin` to the level the expressions are relative to
   */
  constructor(private readonly state: ViewState, private readonly origin: EntityNode, private readonly prefix: string[], readonly branches: FilterBranch[], subject: string) {
    this.api = new ApiView(state, 'http://filter.invalid');
    branches.forEach((branch, b) => {
      this.along.push(new Set());
      const path = this.deepestPath(branch, subject);
      this.walk(origin, 0, path, branch, b, []);
    });
  }

  private deepestPath(branch: FilterBranch, subject: string): string[] {
    const full = (e: FilterExpression): string[] => [...this.prefix, ...e.steps];
    const path = branch.map(full).reduce((a, p) => (p.length > a.length ? p : a), [] as string[]);
    for (const e of branch) {
      if (full(e).some((s, i) => path[i] !== s)) {
        throw new ServeError('bad_filter', subject, { value: branch.map((x) => [...x.steps, x.attributeText].join('.')).join(','), error_detail: 'expressions joined by "," must all lie along one path of collections; to combine different paths, repeat ?filter (OR)' });
      }
    }
    return path;
  }

  private view(node: EntityNode, meta: boolean): Record<string, unknown> {
    const key = meta ? `${node.xid}/meta` : node.xid;
    let v = this.views.get(key);
    if (!v) {
      v = meta && node.level === 'resource' ? this.api.meta(node.gplural, node.group, node.rplural, node.resource) : entityView(this.api, node);
      this.views.set(key, v);
    }
    return v;
  }

  /** Whether `node` (at `depth` below the origin) satisfies the branch's expressions of its level. */
  private satisfies(node: EntityNode, depth: number, branch: FilterBranch): boolean {
    return branch.every((e) => this.prefix.length + e.steps.length !== depth || matchesExpression(this.view(node, e.onMeta), e));
  }

  private walk(node: EntityNode, depth: number, path: string[], branch: FilterBranch, b: number, chain: string[]): void {
    if (!this.satisfies(node, depth, branch)) return;
    if (depth === path.length) {
      this.subtree.add(node.xid);
      for (const x of chain) this.along[b]!.add(x);
      return;
    }
    for (const child of children(this.state, node, path[depth]!)) this.walk(child, depth + 1, path, branch, b, [...chain, node.xid]);
  }

  /** Whether the response root entity itself passes (an entity-level mismatch is a 404). */
  rootMatches(): boolean {
    return this.branches.some((branch) => this.satisfies(this.origin, 0, branch));
  }

  private inSubtree(xid: string): boolean {
    const parts = xid.split('/');
    for (let n = 1; n <= parts.length; n++) if (this.subtree.has(parts.slice(0, n).join('/') || '/')) return true;
    return false;
  }

  /** Whether the response keeps `node`. */
  keeps(node: EntityNode): boolean {
    return this.inSubtree(node.xid) || this.along.some((s) => s.has(node.xid));
  }

  /**
   * The `?filter=` query that makes the URL of collection `plural` under `node` return the same
   * members (core/spec.md §Filter Flag): `excludeall` when there are none, nothing when all of
   * it is kept, else each branch through `node` with the expressions below it, re-rooted.
   */
  collectionQuery(node: EntityNode, plural: string, kept: number): string {
    if (kept === 0) return '?filter=excludeall';
    if (this.inSubtree(node.xid)) return '';
    const depth = DEPTH[node.level] - DEPTH[this.origin.level];
    const params = new URLSearchParams();
    this.branches.forEach((branch, b) => {
      if (!this.along[b]!.has(node.xid)) return;
      const below = branch.filter((e) => this.prefix.length + e.steps.length > depth && [...this.prefix, ...e.steps][depth] === plural);
      const texts = below.map((e) => [...[...this.prefix, ...e.steps].slice(depth + 1), ...(e.onMeta ? ['meta'] : []), e.attributeText].join('.') + e.opText + (e.op === 'exists' ? '' : (e.value ?? 'null')));
      if (texts.length > 0) params.append('filter', texts.join(','));
    });
    const q = params.toString();
    return q === '' ? '' : `?${q}`;
  }
}
