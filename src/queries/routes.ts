import { optional, requireFinite, requireInteger, requireOptions, requireStringArray } from "../core/guards.js";
import { type Resolver, requireOneOf, resolverOf, unknownValue } from "../core/resolve.js";
import { C5_COUNTRY_CODES, INFRASTRUCTURE_STATUSES, TRANSPORT_MODES } from "../core/vocabulary.js";
import {
  type CorridorLegRecord,
  type CorridorNodeRecord,
  type CorridorRecord,
  corridorLegs,
  corridorNodes,
  corridors,
  requireCorridor,
} from "../datasets/corridors.js";
import { countries, getCountry, requireCountry } from "../datasets/countries.js";
import type { InfrastructureStatus, TransportMode } from "../schemas/corridor.js";

/**
 * Options for {@link findRoutes}.
 *
 * @category Queries
 */
export interface RouteOptions {
  /** Countries (alpha-2) no node of the route may lie in. */
  avoidCountries?: readonly string[];
  /** Transport modes the route may not use. */
  avoidModes?: readonly TransportMode[];
  /** Leg statuses the route may use; default `["operating"]`. */
  status?: readonly InfrastructureStatus[];
  /** How many routes to return at most, best first; default 3. */
  maxRoutes?: number;
  /**
   * What "best" means: `"distance"` (default, shortest first), `"transit-time"` (quickest first) or
   * `"borders"` (fewest border crossings first, then shortest).
   */
  rankBy?: "distance" | "transit-time" | "borders";
  /**
   * Speeds in km a day used to estimate the transit time of legs that have no sourced transit time,
   * by mode. Default `{ rail: 941 }`: Kazakhstan Railways' average container-train speed in the first half
   * of 2018 (a `speed` metric of the Middle Corridor). A leg whose mode has no speed here and no sourced
   * time has an unknown transit time.
   */
  speedKmPerDay?: Partial<Record<TransportMode, number>>;
  /**
   * Extension point for places that are not nodes or countries, such as facilities: a function that
   * returns the corridor node id a place id leaves from, or `undefined`. Routing from a facility is
   * routing from its exit node.
   */
  places?: (id: string) => string | undefined;
}

/**
 * One leg of a route, with the length used to rank it.
 *
 * @category Queries
 */
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
  /** Transit time in days: sourced, estimated from `speedKmPerDay`, or `undefined` when unknown. */
  transitDays: number | undefined;
  /** Where `transitDays` comes from. */
  transitTime: "sourced" | "estimated" | "unknown";
}

/**
 * The lowest current capacity met on a route, in Mt a year.
 *
 * @category Queries
 */
export interface Bottleneck {
  /** Capacity in Mt a year (the preferred, else latest, current-capacity outturn in Mt/yr). */
  mtPerYear: number;
  /** Id of the node or leg where it is met. */
  at: string;
  /** Whether `at` is a node or a leg. */
  on: "node" | "leg";
  /** Year of the capacity figure. */
  year: number;
  /** Source id of the capacity figure. */
  source: string;
}

/**
 * A route over the corridor graph.
 *
 * @category Queries
 */
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
  /** `sourcedKm / distanceKm`, between 0 and 1. */
  sourcedShare: number;
  /** Border-crossing nodes the route passes, in order. */
  crossings: CorridorNodeRecord[];
  /** Sum of the legs' known or estimated transit times in days; `undefined` when no leg's time is known. */
  transitDays: number | undefined;
  /** Whether every leg's transit time is known or estimated (so `transitDays` covers the whole route). */
  transitTimeComplete: boolean;
  /** The lowest current capacity in Mt a year on the route's nodes and legs; `undefined` when none is known. */
  bottleneck: Bottleneck | undefined;
}

const EARTH_RADIUS_KM = 6371.0088;

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

interface Edge {
  leg: CorridorLegRecord;
  to: number;
  km: number;
  sourced: boolean;
  /** Sourced transit time in days, if any. */
  days: number | undefined;
}

type MetricLike = {
  readonly metric: string;
  readonly kind: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly preferred?: boolean;
  readonly source: string;
};

/** The preferred, else latest, outturn of a metric in one unit. */
function pick(metrics: readonly MetricLike[] | undefined, metric: string, units: readonly string[]): MetricLike | undefined {
  const found = (metrics ?? []).filter((m) => m.metric === metric && m.kind === "outturn" && units.includes(m.unit));
  return (
    found.find((m) => m.preferred) ??
    found.reduce<MetricLike | undefined>((a, m) => (a === undefined || m.year > a.year ? m : a), undefined)
  );
}

function legDays(leg: CorridorLegRecord): number | undefined {
  const m = pick((leg as { metrics?: readonly MetricLike[] }).metrics, "transit-time", ["days", "hours"]);
  return m === undefined ? undefined : m.unit === "hours" ? m.value / 24 : m.value;
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
    const { km, sourced } = legKm(leg, corridorNodes[a] as CorridorNodeRecord, corridorNodes[b] as CorridorNodeRecord);
    const days = legDays(leg);
    edges[a]?.push({ leg, to: b, km, sourced, days });
    edges[b]?.push({ leg, to: a, km, sourced, days });
  }
  graph = { nodes: corridorNodes, index, edges };
  return graph;
}

const C5 = new Set<string>(C5_COUNTRY_CODES);

/** Resolves an endpoint: a node id, an alpha-2 country code (all its nodes), or "C5" (every node in the C5). */
const NOTHING: ReadonlySet<number> = new Set();

function requirePoint(value: unknown, name: string): void {
  const p = requireOptions<{ lat?: unknown; lon?: unknown }>(value, name, ["lat", "lon"], false);
  const lat = requireFinite(p.lat, `${name}.lat`);
  const lon = requireFinite(p.lon, `${name}.lon`);
  if (Math.abs(lat) > 90) throw new RangeError(`${name}.lat must be from -90 to 90, got ${lat}`);
  if (Math.abs(lon) > 180) throw new RangeError(`${name}.lon must be from -180 to 180, got ${lon}`);
}

let nodes: Resolver<CorridorNodeRecord> | undefined;
/** Corridor nodes by id, name or alias, in any case. */
const nodeResolver = (): Resolver<CorridorNodeRecord> =>
  (nodes ??= resolverOf<CorridorNodeRecord>(
    corridorNodes,
    "corridor node",
    (n) => [n.id],
    (n) => [n.name, ...n.aliases],
  ));

function endpoints(
  g: Graph,
  place: string | readonly string[],
  resolve: ((id: string) => string | undefined) | undefined,
  name: string,
): number[] {
  if (typeof place !== "string") requireStringArray(place, name);
  if (typeof place === "string") {
    const byId = g.index.get(place);
    if (byId !== undefined) return [byId];
  }
  const places = typeof place === "string" ? [place] : place;
  const found = new Set<number>();
  for (const p of places) {
    if (typeof p !== "string") throw new TypeError(`${name} must be a place id or an array of them`);
    const byId = g.index.get(p);
    if (byId !== undefined) {
      found.add(byId);
      continue;
    }
    const exit = resolve?.(p);
    const byPlace = exit === undefined ? undefined : g.index.get(exit);
    if (exit !== undefined && byPlace === undefined)
      throw new RangeError(`${name}: '${p}' leaves from '${exit}', which is not a corridor node`);
    if (byPlace !== undefined) {
      found.add(byPlace);
      continue;
    }
    const node = nodeResolver().find(p);
    const byName = node === undefined ? undefined : g.index.get(node.id);
    if (byName !== undefined) {
      found.add(byName);
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

interface Path {
  nodes: number[];
  edges: Edge[];
  cost: number;
}

/**
 * The k shortest simple paths from any start to any end, by a depth-first search over simple paths that
 * tries short legs first and abandons a path as soon as it is no shorter than the k-th best found. The
 * corridor graph is small and sparse, so this is exact and faster than Yen's algorithm here.
 */
function kShortest(
  g: Graph,
  starts: number[],
  ends: ReadonlySet<number>,
  k: number,
  legOk: (e: Edge) => boolean,
  blocked: ReadonlySet<number>,
  weight: (e: Edge, from: number) => number,
): Path[] {
  const best: Path[] = [];
  const limit = () => (best.length < k ? Number.POSITIVE_INFINITY : (best[best.length - 1] as Path).cost);
  const onPath = new Uint8Array(g.nodes.length);
  const nodes: number[] = [];
  const edges: Edge[] = [];
  const walk = (u: number, cost: number) => {
    if (ends.has(u) && nodes.length > 0) {
      const path = { nodes: [...nodes, u], edges: [...edges], cost };
      let i = best.length;
      while (i > 0 && (best[i - 1] as Path).cost > cost) i--;
      best.splice(i, 0, path);
      if (best.length > k) best.pop();
      return;
    }
    onPath[u] = 1;
    nodes.push(u);
    for (const e of g.edges[u] ?? []) {
      if (onPath[e.to] === 1 || blocked.has(e.to) || !legOk(e)) continue;
      const next = cost + weight(e, u);
      if (next >= limit()) continue;
      edges.push(e);
      walk(e.to, next);
      edges.pop();
    }
    nodes.pop();
    onPath[u] = 0;
  };
  // a route has at least one leg: from a place to itself, it joins two different nodes of that place
  for (const s of starts) if (!blocked.has(s) && k > 0) walk(s, 0);
  return best;
}

/**
 * Routes between two places over the corridor graph, shortest first: the k shortest simple paths.
 * A place is a node id, an alpha-2 country code (any of its nodes) or `"C5"`. Only operating legs are
 * used unless `status` says otherwise; `avoidCountries` and `avoidModes` exclude nodes and legs. A route
 * has at least one leg, so the routes from a country to itself join two of its nodes. Each
 * route lists its legs, the countries it crosses, its border and sea crossings and its length (sourced
 * leg lengths where known, great-circle distances elsewhere). Throws a `RangeError` for an unknown place.
 *
 * @category Queries
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
  if (typeof from !== "string") requireStringArray(from, "from");
  if (typeof to !== "string") requireStringArray(to, "to");
  const o = requireOptions<RouteOptions>(options, "options", [
    "avoidCountries",
    "avoidModes",
    "status",
    "maxRoutes",
    "rankBy",
    "places",
    "speedKmPerDay",
  ]);
  const g = buildGraph();
  const rankBy =
    optional(o.rankBy, "options.rankBy", (v, n) => requireOneOf(v, n, ["distance", "transit-time", "borders"] as const)) ??
    "distance";
  if (o.places !== undefined && typeof o.places !== "function") throw new TypeError("options.places must be a function");
  const speeds: Partial<Record<string, number>> = o.speedKmPerDay ?? { rail: 941 };
  if (typeof speeds !== "object" || speeds === null) throw new TypeError("options.speedKmPerDay must be an object");
  for (const [mode, v] of Object.entries(speeds)) {
    requireOneOf(mode, "options.speedKmPerDay", TRANSPORT_MODES);
    if (typeof v !== "number" || !(v > 0)) throw new RangeError(`options.speedKmPerDay.${mode} must be a positive number`);
  }
  const avoidCountries = new Set(
    (optional(o.avoidCountries, "options.avoidCountries", requireStringArray) ?? []).map(
      (c, i) => requireCountry(c, `options.avoidCountries[${i}]`).alpha2 as string,
    ),
  );
  const avoidModes = new Set<string>(
    (optional(o.avoidModes, "options.avoidModes", requireStringArray) ?? []).map((m, i) =>
      requireOneOf(m, `options.avoidModes[${i}]`, TRANSPORT_MODES),
    ),
  );
  const status = new Set<string>(
    (optional(o.status, "options.status", requireStringArray) ?? ["operating"]).map((m, i) =>
      requireOneOf(m, `options.status[${i}]`, INFRASTRUCTURE_STATUSES),
    ),
  );
  const max = optional(o.maxRoutes, "options.maxRoutes", (v, n) => requireInteger(v, n, 0, 1000)) ?? 3;
  const blocked =
    avoidCountries.size === 0 ? NOTHING : new Set(g.nodes.flatMap((node, i) => (avoidCountries.has(node.country) ? [i] : [])));
  const starts = endpoints(g, from, o.places, "from");
  const ends = new Set(endpoints(g, to, o.places, "to"));
  if (starts.length === 0 || ends.size === 0 || max === 0) return [];
  const legOk = (e: Edge) => !avoidModes.has(e.leg.mode) && status.has(e.leg.status);
  const days = (e: Edge) => e.days ?? (speeds[e.leg.mode] === undefined ? undefined : e.km / (speeds[e.leg.mode] as number));
  // transit time: a leg of unknown time costs far more than any known one, so routes whose time is
  // fully known come first, then those with fewest unknown legs; borders: a crossing outweighs any distance
  const weight =
    rankBy === "distance"
      ? (e: Edge) => e.km
      : rankBy === "transit-time"
        ? (e: Edge) => days(e) ?? UNKNOWN_DAYS + e.km / 1000
        : (e: Edge, u: number) => (g.nodes[u]?.country !== g.nodes[e.to]?.country ? BORDER_KM : 0) + e.km;
  return kShortest(g, starts, ends, max, legOk, blocked, weight).map((p) => toRoute(g, p, days));
}

const UNKNOWN_DAYS = 1e6;
const BORDER_KM = 1e6;

function toRoute(g: Graph, p: Path, days: (e: Edge) => number | undefined): Route {
  const nodes = p.nodes.map((i) => g.nodes[i] as CorridorNodeRecord);
  const legs: RouteLeg[] = p.edges.map((e, i) => {
    const d = days(e);
    return {
      leg: e.leg,
      from: nodes[i] as CorridorNodeRecord,
      to: nodes[i + 1] as CorridorNodeRecord,
      lengthKm: e.km,
      length: e.sourced ? "sourced" : "great-circle",
      transitDays: d,
      transitTime: e.days !== undefined ? "sourced" : d !== undefined ? "estimated" : "unknown",
    };
  });
  const countries: string[] = [];
  for (const n of nodes) if (countries[countries.length - 1] !== n.country) countries.push(n.country);
  const distanceKm = legs.reduce((s, l) => s + l.lengthKm, 0);
  const sourcedKm = legs.filter((l) => l.length === "sourced").reduce((s, l) => s + l.lengthKm, 0);
  const known = legs.filter((l) => l.transitDays !== undefined);
  let bottleneck: Bottleneck | undefined;
  const consider = (metrics: readonly MetricLike[] | undefined, at: string, on: "node" | "leg") => {
    const m = pick(metrics, "current-capacity", ["Mt/yr"]);
    if (m !== undefined && (bottleneck === undefined || m.value < bottleneck.mtPerYear)) {
      bottleneck = { mtPerYear: m.value, at, on, year: m.year, source: m.source };
    }
  };
  for (const n of nodes) consider((n as { metrics?: readonly MetricLike[] }).metrics, n.id, "node");
  for (const l of legs) consider((l.leg as { metrics?: readonly MetricLike[] }).metrics, l.leg.id, "leg");
  return {
    nodes,
    legs,
    countries,
    distanceKm,
    sourcedKm,
    borderCrossings: countries.length - 1,
    seaCrossings: legs.filter((l) => ["ferry", "sea"].includes(l.leg.mode)).length,
    sourcedShare: distanceKm === 0 ? 0 : sourcedKm / distanceKm,
    crossings: nodes.filter((n) => n.kind === "border-crossing"),
    transitDays: known.length === 0 ? undefined : known.reduce((s, l) => s + (l.transitDays as number), 0),
    transitTimeComplete: known.length === legs.length,
    bottleneck,
  };
}

/**
 * The corridors that cross a country (alpha-2).
 *
 * @category Queries
 * @example
 * ```ts
 * import { corridorsThrough } from "c5-minerals/corridors";
 * corridorsThrough("AZ").map((c) => c.id).includes("middle-corridor"); // true
 * ```
 */
export function corridorsThrough(country: string): CorridorRecord[] {
  const code = requireCountry(country, "country").alpha2 as string;
  return corridors.filter((c) => (c.countries as readonly string[]).includes(code));
}

/**
 * Whether a corridor avoids every given country: none of its listed countries, and no node of its legs,
 * lies in them. Throws a `RangeError` for an unknown corridor.
 *
 * @category Queries
 * @example
 * ```ts
 * import { corridorAvoids } from "c5-minerals/corridors";
 * corridorAvoids("middle-corridor", ["RU", "CN"]); // false: it starts in China
 * corridorAvoids("middle-corridor", ["RU"]); // true
 * ```
 */
export function corridorAvoids(corridorId: string, countries: readonly string[]): boolean {
  const c = requireCorridor(corridorId, "corridorId");
  const avoid = new Set<string>(
    requireStringArray(countries, "countries").map((x, i) => requireCountry(x, `countries[${i}]`).alpha2),
  );
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
