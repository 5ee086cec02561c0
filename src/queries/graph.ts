// The corridor graph, written once: the node and leg index, a leg's length, place resolution (node ids,
// names, countries, "C5", facility exits through a resolver) and the exact k-shortest-paths search. Routes,
// corridor metrics, length coverage, exports and the docs maps all read the graph from here; this module
// never imports routes.ts.
import { requireFinite, requireOptions, requireStringArray } from "../core/guards.js";
import { type Resolver, resolverOf, unknownValue } from "../core/resolve.js";
import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import { type CorridorLegRecord, type CorridorNodeRecord, corridorLegs, corridorNodes } from "../datasets/corridors.js";
import { countries, getCountry } from "../datasets/countries.js";

const EARTH_RADIUS_KM = 6371.0088;

function requirePoint(value: unknown, name: string): void {
  const p = requireOptions<{ lat?: unknown; lon?: unknown }>(value, name, ["lat", "lon"], false);
  const lat = requireFinite(p.lat, `${name}.lat`);
  const lon = requireFinite(p.lon, `${name}.lon`);
  if (Math.abs(lat) > 90) throw new RangeError(`${name}.lat must be from -90 to 90, got ${lat}`);
  if (Math.abs(lon) > 180) throw new RangeError(`${name}.lon must be from -180 to 180, got ${lon}`);
}

/**
 * Great-circle distance between two points in km (haversine, mean Earth radius).
 *
 * @category Queries
 * @example
 * ```ts
 * import { greatCircleKm } from "c5-minerals/corridors";
 * Math.round(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })); // 111
 * ```
 */
export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  requirePoint(a, "a");
  requirePoint(b, "b");
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A leg's length: its preferred (else first) sourced claim, or the great-circle distance between its nodes. */
export function legKm(
  leg: CorridorLegRecord,
  from: CorridorNodeRecord,
  to: CorridorNodeRecord,
): { km: number; sourced: boolean } {
  const claims = leg.lengthKm as readonly { value: number; preferred?: boolean }[];
  const claim = claims.find((c) => c.preferred) ?? claims[0];
  return claim === undefined
    ? { km: greatCircleKm(from.coordinates, to.coordinates), sourced: false }
    : { km: claim.value, sourced: true };
}

/** One direction of a leg in the graph's adjacency list. */
export interface Edge {
  leg: CorridorLegRecord;
  /** Index of the node the edge leads to. */
  to: number;
  km: number;
  sourced: boolean;
}

/** The corridor graph: nodes, an index from node id to position, and each node's edges. */
export interface Graph {
  nodes: readonly CorridorNodeRecord[];
  index: ReadonlyMap<string, number>;
  edges: readonly (readonly Edge[])[];
  /** Nodes by id. */
  node: (id: string) => CorridorNodeRecord | undefined;
  /** Legs by id. */
  leg: (id: string) => CorridorLegRecord | undefined;
}

let graph: Graph | undefined;

/** The corridor graph, built once on first use. */
export function corridorGraph(): Graph {
  if (graph !== undefined) return graph;
  const index = new Map(corridorNodes.map((n, i) => [n.id as string, i] as const));
  const legs = new Map(corridorLegs.map((l) => [l.id as string, l] as const));
  const edges: Edge[][] = corridorNodes.map(() => []);
  for (const leg of corridorLegs) {
    const a = index.get(leg.from);
    const b = index.get(leg.to);
    if (a === undefined || b === undefined) continue;
    const { km, sourced } = legKm(leg, corridorNodes[a] as CorridorNodeRecord, corridorNodes[b] as CorridorNodeRecord);
    edges[a]?.push({ leg, to: b, km, sourced });
    edges[b]?.push({ leg, to: a, km, sourced });
  }
  graph = {
    nodes: corridorNodes,
    index,
    edges,
    node: (id) => corridorNodes[index.get(id) ?? -1],
    leg: (id) => legs.get(id),
  };
  return graph;
}

const C5: ReadonlySet<string> = new Set(C5_COUNTRY_CODES);

let nodes: Resolver<CorridorNodeRecord> | undefined;
/** Corridor nodes by id, name or alias, in any case (the shared resolver, with suggestions). */
export const nodeResolver = (): Resolver<CorridorNodeRecord> =>
  (nodes ??= resolverOf<CorridorNodeRecord>(
    corridorNodes,
    "corridor node",
    (n) => [n.id],
    (n) => [n.name, ...n.aliases],
  ));

/** A node's position found by its id, name or alias, in any case. */
export function findNodeIndex(g: Graph, place: string): number | undefined {
  const byId = g.index.get(place);
  if (byId !== undefined) return byId;
  const node = nodeResolver().find(place);
  return node === undefined ? undefined : g.index.get(node.id);
}

/**
 * Resolves places to node positions: a node id or name, a place `resolve` maps to a node (a facility's exit
 * node), an alpha-2 code or country name (all its nodes), or "C5". A RangeError names the parameter.
 */
export function resolvePlaces(
  g: Graph,
  place: string | readonly string[],
  resolve: ((id: string) => string | undefined) | undefined,
  name: string,
): number[] {
  const places = typeof place === "string" ? [place] : requireStringArray(place, name);
  if (places.length === 0) throw new RangeError(`${name} must name at least one place`);
  const found = new Set<number>();
  for (const p of places) {
    if (typeof p !== "string") throw new TypeError(`${name} must be a place id or an array of them`);
    const node = findNodeIndex(g, p);
    if (node !== undefined) {
      found.add(node);
      continue;
    }
    const exit = resolve?.(p);
    if (exit !== undefined) {
      const byPlace = g.index.get(exit);
      if (byPlace === undefined) throw new RangeError(`${name}: '${p}' leaves from '${exit}', which is not a corridor node`);
      found.add(byPlace);
      continue;
    }
    const code = p.trim().toUpperCase() === "C5" ? "C5" : getCountry(p)?.alpha2;
    const matches = g.nodes.flatMap((n, i) => ((code === "C5" ? C5.has(n.country) : n.country === code) ? [i] : []));
    if (matches.length === 0)
      throw unknownValue(
        name,
        "corridor node, or country with corridor nodes,",
        p,
        [...corridorNodes.flatMap((n) => [n.id, n.name]), ...countries.map((c) => c.name)],
        "try a node id such as 'poti-port', a country code or name, or C5",
      );
    for (const i of matches) found.add(i);
  }
  return [...found];
}

/** A path found by {@link kShortest}. */
export interface Path {
  nodes: number[];
  edges: Edge[];
  cost: number;
}

/** What a path must satisfy besides its ends. */
export interface PathRules {
  /** Whether the path may use this edge, entered from node `from`. */
  edgeOk: (e: Edge, from: number) => boolean;
  /** Nodes the path may not touch. */
  blocked: ReadonlySet<number>;
  /** The cost of an edge entered from node `from`; never negative. */
  weight: (e: Edge, from: number) => number;
  /** Sets of nodes the path must each touch at least once (via). */
  via?: readonly ReadonlySet<number>[];
  /** Whether a complete path is acceptable (checked at its end). */
  accept?: (nodes: readonly number[], edges: readonly Edge[]) => boolean;
}

/**
 * The k cheapest simple paths from any start to any end, by a depth-first search over simple paths that
 * tries cheap legs first and abandons a path as soon as it costs no less than the k-th best found. Costs are
 * never negative, so the search is exact; the corridor graph is small and sparse, so this is faster than
 * Yen's algorithm here. A path has at least one leg.
 */
export function kShortest(g: Graph, starts: readonly number[], ends: ReadonlySet<number>, k: number, rules: PathRules): Path[] {
  const best: Path[] = [];
  const limit = () => (best.length < k ? Number.POSITIVE_INFINITY : (best[best.length - 1] as Path).cost);
  const onPath = new Uint8Array(g.nodes.length);
  const nodes: number[] = [];
  const edges: Edge[] = [];
  const via = rules.via ?? [];
  const viaOk = (path: readonly number[]) => via.every((set) => path.some((n) => set.has(n)));
  const walk = (u: number, cost: number) => {
    if (ends.has(u) && nodes.length > 0) {
      const path = [...nodes, u];
      // a route ends at the first end it reaches, unless it has still to pass a via place
      if (viaOk(path)) {
        if (rules.accept === undefined || rules.accept(path, edges)) {
          const found = { nodes: path, edges: [...edges], cost };
          let i = best.length;
          while (i > 0 && (best[i - 1] as Path).cost > cost) i--;
          best.splice(i, 0, found);
          if (best.length > k) best.pop();
        }
        return;
      }
    }
    onPath[u] = 1;
    nodes.push(u);
    const out = [...(g.edges[u] ?? [])].sort((a, b) => rules.weight(a, u) - rules.weight(b, u));
    for (const e of out) {
      if (onPath[e.to] === 1 || rules.blocked.has(e.to) || !rules.edgeOk(e, u)) continue;
      const next = cost + rules.weight(e, u);
      if (next >= limit()) continue;
      edges.push(e);
      walk(e.to, next);
      edges.pop();
    }
    nodes.pop();
    onPath[u] = 0;
  };
  for (const s of starts) if (!rules.blocked.has(s) && k > 0) walk(s, 0);
  return best;
}
