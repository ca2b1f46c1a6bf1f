// One-to-one assignment of old to new directives maximising the total weight of the chosen pairs,
// over a sparse graph of candidate pairs (every edge already at or above the threshold; a node may
// stay unmatched).
//
// The graph falls apart into connected components — in practice a handful of directives each — and
// each component is solved exactly with the Hungarian algorithm (Kuhn–Munkres, O(n²m)) on its dense
// matrix, where "no edge" costs the same as "unmatched". A component too big for a dense matrix
// (hundreds of near-duplicates on each side) is thinned to each node's best k edges, k halving,
// until its parts are small enough; at k = 1 what is left is taken best-first. That case is
// near-optimal, not optimal, and only arises on boilerplate-heavy inputs.

export interface WeightedEdge {
  old: number;
  new: number;
  weight: number;
}

/** Largest side of a component solved exactly (400³ ≈ 6·10⁷ steps, well under a second). */
export const MAX_EXACT = 400;

/** The chosen edges, a subset of `edges` in which no old and no new node appears twice. */
export function assign<E extends WeightedEdge>(edges: readonly E[], maxExact = MAX_EXACT): E[] {
  return solveComponents(components(edges), maxExact);
}

/** The chosen edges of each component (from `components`), ordered by old node. */
export function solveComponents<E extends WeightedEdge>(parts: readonly E[][], maxExact = MAX_EXACT): E[] {
  const out: E[] = [];
  for (const component of parts) out.push(...solveComponent(component, maxExact, 8));
  return out.sort((a, b) => a.old - b.old);
}

function solveComponent<E extends WeightedEdge>(edges: E[], maxExact: number, k: number): E[] {
  if (edges.length === 1) return edges;
  const olds = new Set(edges.map((e) => e.old)).size;
  const news = new Set(edges.map((e) => e.new)).size;
  if (Math.min(olds, news) <= maxExact) return hungarian(edges);
  if (k < 1) return bestFirst(edges);
  const out: E[] = [];
  for (const part of components(thin(edges, k))) out.push(...solveComponent(part, maxExact, Math.floor(k / 2)));
  return out;
}

/** Connected components of the bipartite graph, each as its list of edges (union–find). */
export function components<E extends WeightedEdge>(edges: readonly E[]): E[][] {
  let oldCount = 0;
  for (const e of edges) oldCount = Math.max(oldCount, e.old + 1);
  let newCount = 0;
  for (const e of edges) newCount = Math.max(newCount, e.new + 1);
  // Nodes: old i is i, new j is oldCount + j.
  const parent = Int32Array.from({ length: oldCount + newCount }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  for (const e of edges) {
    const a = find(e.old);
    const b = find(oldCount + e.new);
    if (a !== b) parent[a] = b;
  }
  const groups = new Map<number, E[]>();
  for (const e of edges) {
    const root = find(e.old);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  }
  return [...groups.values()];
}

/** Keeps an edge when it is among the k best of its old node or of its new node. */
function thin<E extends WeightedEdge>(edges: readonly E[], k: number): E[] {
  const best = (key: 'old' | 'new'): Set<E> => {
    const byNode = new Map<number, E[]>();
    for (const e of edges) {
      const list = byNode.get(e[key]);
      if (list) list.push(e);
      else byNode.set(e[key], [e]);
    }
    const keep = new Set<E>();
    for (const list of byNode.values()) for (const e of list.sort((a, b) => b.weight - a.weight).slice(0, k)) keep.add(e);
    return keep;
  };
  const fromOld = best('old');
  const fromNew = best('new');
  return edges.filter((e) => fromOld.has(e) || fromNew.has(e));
}

/** Heaviest edges first, each taken when both its nodes are still free. */
function bestFirst<E extends WeightedEdge>(edges: readonly E[]): E[] {
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const out: E[] = [];
  for (const e of [...edges].sort((a, b) => b.weight - a.weight || a.old - b.old || a.new - b.new)) {
    if (usedOld.has(e.old) || usedNew.has(e.new)) continue;
    usedOld.add(e.old);
    usedNew.add(e.new);
    out.push(e);
  }
  return out;
}

/**
 * Exact maximum-weight matching of one component. Costs: 1 − weight for an edge, 1 for a missing
 * edge (the same as leaving both unmatched), so minimising the cost maximises the total weight.
 */
export function hungarian<E extends WeightedEdge>(edges: readonly E[]): E[] {
  const olds = [...new Set(edges.map((e) => e.old))].sort((a, b) => a - b);
  const news = [...new Set(edges.map((e) => e.new))].sort((a, b) => a - b);
  // Rows are the smaller side (the algorithm wants n ≤ m).
  const transposed = olds.length > news.length;
  const rows = transposed ? news : olds;
  const cols = transposed ? olds : news;
  const rowOf = new Map(rows.map((x, i) => [x, i + 1]));
  const colOf = new Map(cols.map((x, j) => [x, j + 1]));
  const n = rows.length;
  const m = cols.length;
  const cost = new Float64Array((n + 1) * (m + 1)).fill(1);
  const edgeAt = new Map<number, E>();
  for (const e of edges) {
    const r = rowOf.get(transposed ? e.new : e.old)!;
    const c = colOf.get(transposed ? e.old : e.new)!;
    const cell = r * (m + 1) + c;
    if (1 - e.weight < cost[cell]!) {
      cost[cell] = 1 - e.weight;
      edgeAt.set(cell, e);
    }
  }
  const match = kuhnMunkres(cost, n, m);
  const out: E[] = [];
  for (let c = 1; c <= m; c++) {
    const r = match[c]!;
    if (r === 0) continue;
    const e = edgeAt.get(r * (m + 1) + c);
    if (e) out.push(e);
  }
  return out;
}

/**
 * Minimum-cost assignment of n rows to m ≥ n columns (1-indexed, cost[r * (m + 1) + c]), by
 * shortest augmenting paths with potentials. Returns p: p[c] = the row assigned to column c, or 0.
 */
function kuhnMunkres(cost: Float64Array, n: number, m: number): Int32Array {
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      const base = i0 * (m + 1);
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[base + j]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  return p;
}
