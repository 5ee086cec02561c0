import {
  type CorridorLegRecord,
  type CorridorNodeRecord,
  type CorridorRecord,
  corridorLegs,
  corridorNodes,
  corridors,
  getCorridor,
} from "../datasets/corridors.js";
import type { InfrastructureStatus, TransportMode } from "../schemas/corridor.js";

/** Options for {@link findRoutes}. */
export interface RouteOptions {
  /** Countries (alpha-2) no node of the route may lie in. */
  avoidCountries?: readonly string[];
  /** Transport modes the route may not use. */
  avoidModes?: readonly TransportMode[];
  /** Leg statuses the route may use; default `["operating"]`. */
  status?: readonly InfrastructureStatus[];
  /** How many routes to return at most, shortest first; default 3. */
  maxRoutes?: number;
}

/** One leg of a route, with the length used to rank it. */
export interface RouteLeg {
  /** The leg record. */
  leg: CorridorLegRecord;
  /** The node the route enters the leg at. */
  from: CorridorNodeRecord;
  /** The node the route leaves the leg at. */
  to: CorridorNodeRecord;
  /** Length in km: the sourced claim (preferred one, else the first), or the great-circle distance. */
  lengthKm: number;
  /** Whether `lengthKm` comes from a source or is the great-circle distance between the nodes. */
  length: "sourced" | "great-circle";
}

/** A route over the corridor graph. */
export interface Route {
  /** Nodes in order, from start to end. */
  nodes: CorridorNodeRecord[];
  /** Legs in order. */
  legs: RouteLeg[];
  /** Countries crossed, in order, each once per stay. */
  countries: string[];
  /** Total length in km (sourced lengths where known, great-circle distances elsewhere). */
  distanceKm: number;
  /** The part of `distanceKm` that rests on sourced leg lengths. */
  sourcedKm: number;
  /** Number of times the route passes from one country into another. */
  borderCrossings: number;
  /** Number of ferry or sea legs. */
  seaCrossings: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance between two points in km (haversine, mean Earth radius).
 *
 * @example
 * ```ts
 * import { greatCircleKm } from "c5-minerals/corridors";
 * Math.round(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })); // 111
 * ```
 */
export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Edge {
  leg: CorridorLegRecord;
  to: number;
  km: number;
  sourced: boolean;
}

interface Graph {
  nodes: readonly CorridorNodeRecord[];
  index: Map<string, number>;
  edges: Edge[][];
}

let graph: Graph | undefined;

function buildGraph(): Graph {
  if (graph !== undefined) return graph;
  const index = new Map(corridorNodes.map((n, i) => [n.id as string, i] as const));
  const edges: Edge[][] = corridorNodes.map(() => []);
  for (const leg of corridorLegs) {
    const a = index.get(leg.from);
    const b = index.get(leg.to);
    if (a === undefined || b === undefined) continue;
    const claims = leg.lengthKm as readonly { value: number; preferred?: boolean }[];
    const claim = claims.find((c) => c.preferred) ?? claims[0];
    const na = corridorNodes[a] as CorridorNodeRecord;
    const nb = corridorNodes[b] as CorridorNodeRecord;
    const km = claim?.value ?? greatCircleKm(na.coordinates, nb.coordinates);
    const sourced = claim !== undefined;
    edges[a]?.push({ leg, to: b, km, sourced });
    edges[b]?.push({ leg, to: a, km, sourced });
  }
  graph = { nodes: corridorNodes, index, edges };
  return graph;
}

const C5 = new Set(["KZ", "KG", "TJ", "TM", "UZ"]);

/** Resolves an endpoint: a node id, an alpha-2 country code (all its nodes), or "C5" (every node in the C5). */
function endpoints(g: Graph, place: string | readonly string[]): number[] {
  const places = typeof place === "string" ? [place] : place;
  const found = new Set<number>();
  for (const p of places) {
    const byId = g.index.get(p);
    if (byId !== undefined) {
      found.add(byId);
      continue;
    }
    const code = p.toUpperCase();
    const matches = g.nodes.flatMap((n, i) => ((code === "C5" ? C5.has(n.country) : n.country === code) ? [i] : []));
    if (matches.length === 0) throw new RangeError(`'${p}' is neither a corridor node id nor a country with corridor nodes`);
    for (const i of matches) found.add(i);
  }
  return [...found];
}

interface Path {
  nodes: number[];
  edges: Edge[];
  cost: number;
}

/** Dijkstra from a set of start nodes to a set of end nodes over allowed edges; the graph is small, so a linear scan queue suffices. */
function shortest(
  g: Graph,
  starts: number[],
  ends: Set<number>,
  allowed: (from: number, e: Edge) => boolean,
  banned: Set<number>,
): Path | undefined {
  const n = g.nodes.length;
  const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const prev = new Array<{ node: number; edge: Edge } | undefined>(n);
  const done = new Array<boolean>(n).fill(false);
  for (const s of starts) if (!banned.has(s)) dist[s] = 0;
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && (dist[i] ?? Infinity) < (u === -1 ? Infinity : (dist[u] ?? Infinity))) u = i;
    if (u === -1 || dist[u] === Number.POSITIVE_INFINITY) return undefined;
    if (ends.has(u)) {
      const nodes = [u];
      const edges: Edge[] = [];
      for (let p = prev[u]; p !== undefined; p = prev[p.node]) {
        nodes.unshift(p.node);
        edges.unshift(p.edge);
      }
      return { nodes, edges, cost: dist[u] ?? 0 };
    }
    done[u] = true;
    for (const e of g.edges[u] ?? []) {
      if (banned.has(e.to) || !allowed(u, e)) continue;
      const d = (dist[u] ?? 0) + e.km;
      if (d < (dist[e.to] ?? Infinity)) {
        dist[e.to] = d;
        prev[e.to] = { node: u, edge: e };
      }
    }
  }
}

/**
 * Routes between two places over the corridor graph, shortest first (Yen's k shortest simple paths).
 * A place is a node id, an alpha-2 country code (any of its nodes) or `"C5"`. Only operating legs are
 * used unless `status` says otherwise; `avoidCountries` and `avoidModes` exclude nodes and legs. Each
 * route lists its legs, the countries it crosses, its border and sea crossings and its length (sourced
 * leg lengths where known, great-circle distances elsewhere). Throws a `RangeError` for an unknown place.
 *
 * @example
 * ```ts
 * import { findRoutes } from "c5-minerals/corridors";
 * const [route] = findRoutes("KZ", "TR", { avoidCountries: ["RU", "IR"], avoidModes: ["road"] });
 * route?.countries; // ["KZ", "AZ", "GE", "TR"]
 * route?.seaCrossings; // 1
 * ```
 */
export function findRoutes(
  from: string | readonly string[],
  to: string | readonly string[],
  options: RouteOptions = {},
): Route[] {
  const g = buildGraph();
  const avoidCountries = new Set((options.avoidCountries ?? []).map((c) => c.toUpperCase()));
  const avoidModes = new Set<string>(options.avoidModes ?? []);
  const status = new Set<string>(options.status ?? ["operating"]);
  const max = Math.max(0, Math.floor(options.maxRoutes ?? 3));
  const blockedNodes = new Set(g.nodes.flatMap((node, i) => (avoidCountries.has(node.country) ? [i] : [])));
  const starts = endpoints(g, from).filter((i) => !blockedNodes.has(i));
  const ends = new Set(endpoints(g, to).filter((i) => !blockedNodes.has(i)));
  const legOk = (e: Edge) => !avoidModes.has(e.leg.mode) && status.has(e.leg.status);

  const found: Path[] = [];
  const candidates: Path[] = [];
  const key = (p: Path) => `${p.nodes.join(">")}|${p.edges.map((e) => e.leg.id).join(">")}`;
  const first = max > 0 ? shortest(g, starts, ends, (_u, e) => legOk(e), blockedNodes) : undefined;
  if (first !== undefined) found.push(first);
  while (found.length > 0 && found.length < max) {
    const last = found[found.length - 1] as Path;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i] as number;
      const rootNodes = last.nodes.slice(0, i + 1);
      const rootEdges = last.edges.slice(0, i);
      const removed = new Set<string>();
      for (const p of found) {
        if (p.nodes.length > i && p.nodes.slice(0, i + 1).join(">") === rootNodes.join(">")) {
          const e = p.edges[i];
          if (e !== undefined) removed.add(`${spur}:${e.leg.id}`);
        }
      }
      const banned = new Set([...blockedNodes, ...rootNodes.slice(0, -1)]);
      const spurPath = shortest(g, [spur], ends, (u, e) => legOk(e) && !removed.has(`${u}:${e.leg.id}`), banned);
      if (spurPath === undefined) continue;
      const rootCost = rootEdges.reduce((s, e) => s + e.km, 0);
      const total: Path = {
        nodes: [...rootNodes.slice(0, -1), ...spurPath.nodes],
        edges: [...rootEdges, ...spurPath.edges],
        cost: rootCost + spurPath.cost,
      };
      if (!candidates.some((c) => key(c) === key(total)) && !found.some((f) => key(f) === key(total))) candidates.push(total);
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.cost - b.cost || a.edges.length - b.edges.length);
    found.push(candidates.shift() as Path);
  }
  return found.map((p) => toRoute(g, p));
}

function toRoute(g: Graph, p: Path): Route {
  const nodes = p.nodes.map((i) => g.nodes[i] as CorridorNodeRecord);
  const legs: RouteLeg[] = p.edges.map((e, i) => ({
    leg: e.leg,
    from: nodes[i] as CorridorNodeRecord,
    to: nodes[i + 1] as CorridorNodeRecord,
    lengthKm: e.km,
    length: e.sourced ? "sourced" : "great-circle",
  }));
  const countries: string[] = [];
  for (const n of nodes) if (countries[countries.length - 1] !== n.country) countries.push(n.country);
  return {
    nodes,
    legs,
    countries,
    distanceKm: p.cost,
    sourcedKm: legs.filter((l) => l.length === "sourced").reduce((s, l) => s + l.lengthKm, 0),
    borderCrossings: countries.length - 1,
    seaCrossings: legs.filter((l) => ["ferry", "sea"].includes(l.leg.mode)).length,
  };
}

/**
 * The corridors that cross a country (alpha-2).
 *
 * @example
 * ```ts
 * import { corridorsThrough } from "c5-minerals/corridors";
 * corridorsThrough("AZ").map((c) => c.id).includes("middle-corridor"); // true
 * ```
 */
export function corridorsThrough(country: string): CorridorRecord[] {
  const code = country.toUpperCase();
  return corridors.filter((c) => (c.countries as readonly string[]).includes(code));
}

/**
 * Whether a corridor avoids every given country: none of its listed countries, and no node of its legs,
 * lies in them. Throws a `RangeError` for an unknown corridor.
 *
 * @example
 * ```ts
 * import { corridorAvoids } from "c5-minerals/corridors";
 * corridorAvoids("middle-corridor", ["RU", "CN"]); // false: it starts in China
 * corridorAvoids("middle-corridor", ["RU"]); // true
 * ```
 */
export function corridorAvoids(corridorId: string, countries: readonly string[]): boolean {
  const c = getCorridor(corridorId);
  if (c === undefined) throw new RangeError(`No corridor '${corridorId}'`);
  const avoid = new Set(countries.map((x) => x.toUpperCase()));
  if ((c.countries as readonly string[]).some((x) => avoid.has(x))) return false;
  const g = buildGraph();
  for (const id of c.legs) {
    const leg = corridorLegs.find((l) => l.id === id);
    for (const end of leg === undefined ? [] : [leg.from, leg.to]) {
      const node = g.nodes[g.index.get(end) ?? -1];
      if (node !== undefined && avoid.has(node.country)) return false;
    }
  }
  return true;
}
