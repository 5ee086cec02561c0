import { optional, requireBoolean, requireInteger, requireOptions, requireStringArray } from "../core/guards.js";
import { requireOneOf } from "../core/resolve.js";
import { INFRASTRUCTURE_STATUSES, TRANSPORT_MODES } from "../core/vocabulary.js";
import {
  type CorridorLegRecord,
  type CorridorNodeRecord,
  type CorridorRecord,
  corridors,
  requireCorridor,
} from "../datasets/corridors.js";
import { requireCountry } from "../datasets/countries.js";
import type { InfrastructureStatus, TransportMode } from "../schemas/corridor.js";
import { corridorGraph, type Edge, type Graph, kShortest, type Path, resolvePlaces } from "./graph.js";

/** Re-exported from the graph module, where it lives. */
export { greatCircleKm } from "./graph.js";

/**
 * Options for {@link findRoutes}.
 *
 * @category Queries
 */
export interface RouteOptions {
  /** Countries (alpha-2 or name) no node of the route may lie in. */
  avoidCountries?: readonly string[];
  /** Transport modes the route may not use. */
  avoidModes?: readonly TransportMode[];
  /** Leg statuses the route may use; default `["operating"]`. */
  status?: readonly InfrastructureStatus[];
  /** How many routes to return at most, best first (per destination with `eachDestination`); default 3. */
  maxRoutes?: number;
  /**
   * What "best" means: `"distance"` (default, shortest first), `"time"` (quickest door to door first; a
   * route with an unknown part is ranked by its lower bound, see {@link DoorToDoor}), `"transit-time"` (the
   * same as `"time"`) or `"borders"` (fewest border crossings first, then shortest).
   */
  rankBy?: "distance" | "time" | "transit-time" | "borders";
  /**
   * Places the route must pass, each a node (id or name), a country or `"C5"`; a route passes every one,
   * in any order.
   */
  via?: readonly string[];
  /**
   * Nodes (ids or names) the route may leave its starting country from: the last node of the route in the
   * country it starts in must be one of them (`["kuryk-port"]` ships through Kuryk, not Aktau).
   */
  exitNodes?: readonly string[];
  /** With several destinations: up to `maxRoutes` routes to each of them, all ranked together. Default false. */
  eachDestination?: boolean;
  /**
   * Speeds in km a day for the moving time of legs with no sourced time, by mode; they replace the
   * defaults of {@link TIME_DEFAULTS} (and are reported as `basis: "option"`).
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
 * Where a part of a route's time comes from: `sourced` (a sourced value for this leg, node or corridor),
 * `default` (a stated default from {@link TIME_DEFAULTS}, itself sourced), `option` (a speed the caller
 * gave), `included` (counted inside another part, e.g. a gauge change inside a measured border-crossing
 * time) or `unknown` (no source and no default: counted as 0, so the total is a lower bound).
 *
 * @category Queries
 */
export type TimeBasis = "sourced" | "default" | "option" | "included" | "unknown";

/**
 * One part of a route's door-to-door time.
 *
 * @category Queries
 */
export interface TimePart {
  /** What the time is spent on. */
  part: "moving" | "port-handling" | "ferry-waiting" | "border-crossing" | "gauge-change";
  /** Id of the leg (moving, ferry waiting, border crossing, gauge change) or node (port handling). */
  at: string;
  /** Days; 0 when `basis` is `unknown` or `included`. */
  days: number;
  /** Where the value comes from. */
  basis: TimeBasis;
  /** Source ids behind the value (empty for `unknown` and `option`). */
  sources: string[];
  /** How the value was found, in words. */
  note: string;
}

/**
 * A route's time from door to door: moving time plus dwell (port handling, ferry waiting, border crossings,
 * gauge changes), each part with its basis. When a part is unknown it counts as 0, `complete` is false and
 * `totalDays` is a lower bound: routes ranked by time are ranked by this bound, so a route with a gap is
 * never placed behind a slower complete one.
 *
 * @category Queries
 */
export interface DoorToDoor {
  /** Moving time on the legs, in days. */
  movingDays: number;
  /** Dwell time at ports, ferries, borders and gauge changes, in days. */
  dwellDays: number;
  /** `movingDays + dwellDays`; a lower bound when `complete` is false. */
  totalDays: number;
  /** Whether every part is known (sourced, default, option or included). */
  complete: boolean;
  /** The part of `totalDays` that rests on sourced values for this route's own legs, nodes and corridors. */
  sourcedDays: number;
  /** The part of `totalDays` that rests on stated defaults or the caller's speeds. */
  defaultDays: number;
  /** Every part, in route order. */
  parts: TimePart[];
}

/**
 * A sourced door-to-door time of a corridor the route follows, shown beside the computed time.
 *
 * @category Queries
 */
export interface CorridorTime {
  /** The corridor. */
  corridor: string;
  /** Share of the route's km on the corridor's own legs. */
  share: number;
  /** The corridor's transit-time outturns in days, newest first, each with its source and note. */
  claims: { year: number; days: number; source: string; note: string | undefined }[];
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
  /** Moving time in days: sourced, from a default or given speed, or `undefined` when unknown. */
  transitDays: number | undefined;
  /** Where `transitDays` comes from (`estimated`: a default or given speed). */
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
  /** Moving time only, in days (sum of the legs' known times); see `time` for door to door. */
  transitDays: number | undefined;
  /** Whether every leg's moving time is known (sourced or from a speed). */
  transitTimeComplete: boolean;
  /** Door-to-door time: moving plus dwell, each part with its basis. */
  time: DoorToDoor;
  /** Sourced door-to-door times of the corridors the route mostly follows (half its km or more). */
  corridorTimes: CorridorTime[];
  /** The lowest current capacity in Mt a year on the route's nodes and legs; `undefined` when none is known. */
  bottleneck: Bottleneck | undefined;
}

type MetricLike = {
  readonly metric: string;
  readonly kind: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly mode?: string;
  readonly preferred?: boolean;
  readonly note?: string;
  readonly source: string;
};

const metricsOf = (x: unknown): readonly MetricLike[] => (x as { metrics?: readonly MetricLike[] }).metrics ?? [];

/** The preferred, else latest, outturn of a metric in one of some units (and one mode, if given). */
function pick(metrics: readonly MetricLike[], metric: string, units: readonly string[], mode?: string): MetricLike | undefined {
  const found = metrics.filter(
    (m) => m.metric === metric && m.kind === "outturn" && units.includes(m.unit) && (mode === undefined || m.mode === mode),
  );
  return (
    found.find((m) => m.preferred) ??
    found.reduce<MetricLike | undefined>((a, m) => (a === undefined || m.year > a.year ? m : a), undefined)
  );
}

const toDays = (m: MetricLike): number => (m.unit === "hours" ? m.value / 24 : m.value);

/**
 * The stated defaults that time a part no source times for this leg or node. Each rests on sourced values
 * of the dataset (its `sources`), and a part timed by one says `basis: "default"`.
 *
 * - `speedKmPerDay.rail`: Kazakhstan Railways' average container-train speed, first half of 2018.
 * - `speedKmPerDay.ferry` and `.sea`: the Aktau–Alat rail ferry's sourced 470 km in 22 hours (2017), about
 *   513 km a day; used for every ferry and sea leg that has no sailing time of its own.
 * - Border crossings by rail or road: the CAREC corridor monitoring's average crossing time for that mode on
 *   the CAREC corridor the leg lies on (sourced), else the mean of the corridors' latest averages for the mode
 *   (default).
 *
 * @category Queries
 * @example
 * ```ts
 * import { TIME_DEFAULTS } from "c5-minerals/corridors";
 * TIME_DEFAULTS.speedKmPerDay.rail.value; // 941
 * Math.round(TIME_DEFAULTS.speedKmPerDay.ferry.value); // 513
 * ```
 */
export const TIME_DEFAULTS = Object.freeze({
  speedKmPerDay: Object.freeze({
    rail: Object.freeze({
      value: 941,
      sources: Object.freeze(["railfreight-2018-08-02-ktz"]),
      note: "Kazakhstan Railways' average container-train speed in Kazakhstan, first half of 2018",
    }),
    ferry: Object.freeze({
      value: (470 / 22) * 24,
      sources: Object.freeze(["sea-news-2017-03-29-kuryk"]),
      note: "Aktau–Alat rail ferry: 470 km in 22 hours (2017), about 513 km a day",
    }),
    sea: Object.freeze({
      value: (470 / 22) * 24,
      sources: Object.freeze(["sea-news-2017-03-29-kuryk"]),
      note: "no sourced sea speed: the Aktau–Alat ferry's 470 km in 22 hours (2017), about 513 km a day",
    }),
  }),
});

const WATER = new Set(["ferry", "sea"]);
const LAND = new Set(["rail", "road"]);

/** The per-edge time parts, computed once per leg direction and option set. */
interface EdgeTime {
  parts: TimePart[];
  /** Lower bound in days: known parts, unknown counted as 0. */
  days: number;
  /** Moving days or undefined. */
  moving: number | undefined;
  movingBasis: "sourced" | "estimated" | "unknown";
}

function borderTimes(): {
  byLeg: Map<string, Map<string, MetricLike>>;
  mean: Map<string, { hours: number; sources: string[]; n: number }>;
} {
  const byLeg = new Map<string, Map<string, MetricLike>>();
  const latest = new Map<string, MetricLike[]>();
  for (const c of corridors) {
    if ((c as { programme?: unknown }).programme === undefined) continue;
    for (const mode of ["rail", "road"]) {
      const m = pick(metricsOf(c), "border-crossing-time", ["hours"], mode);
      if (m === undefined) continue;
      latest.set(mode, [...(latest.get(mode) ?? []), m]);
      for (const id of c.legs as readonly string[]) {
        const modes = byLeg.get(id) ?? new Map<string, MetricLike>();
        if (!modes.has(mode)) modes.set(mode, m);
        byLeg.set(id, modes);
      }
    }
  }
  const mean = new Map<string, { hours: number; sources: string[]; n: number }>();
  for (const [mode, ms] of latest)
    mean.set(mode, {
      hours: ms.reduce((s, m) => s + m.value, 0) / ms.length,
      sources: [...new Set(ms.map((m) => m.source))],
      n: ms.length,
    });
  return { byLeg, mean };
}

let borders: ReturnType<typeof borderTimes> | undefined;

function edgeTime(g: Graph, e: Edge, fromIndex: number, speeds: Partial<Record<string, number>>): EdgeTime {
  const leg = e.leg;
  const from = g.nodes[fromIndex] as CorridorNodeRecord;
  const to = g.nodes[e.to] as CorridorNodeRecord;
  const parts: TimePart[] = [];
  // moving
  const sourced = pick(metricsOf(leg), "transit-time", ["days", "hours"]);
  const given = speeds[leg.mode];
  const fallback = (
    TIME_DEFAULTS.speedKmPerDay as Partial<Record<string, { value: number; sources: readonly string[]; note: string }>>
  )[leg.mode];
  let moving: number | undefined;
  let movingBasis: EdgeTime["movingBasis"] = "unknown";
  if (sourced !== undefined) {
    moving = toDays(sourced);
    movingBasis = "sourced";
    parts.push({
      part: "moving",
      at: leg.id,
      days: moving,
      basis: "sourced",
      sources: [sourced.source],
      note: `sourced ${WATER.has(leg.mode) ? "sailing" : "transit"} time, ${sourced.value} ${sourced.unit} (${sourced.year})`,
    });
  } else if (given !== undefined) {
    moving = e.km / given;
    movingBasis = "estimated";
    parts.push({
      part: "moving",
      at: leg.id,
      days: moving,
      basis: "option",
      sources: [],
      note: `${Math.round(e.km)} km at ${given} km a day (options.speedKmPerDay)`,
    });
  } else if (fallback !== undefined) {
    moving = e.km / fallback.value;
    movingBasis = "estimated";
    parts.push({
      part: "moving",
      at: leg.id,
      days: moving,
      basis: "default",
      sources: [...fallback.sources],
      note: `${Math.round(e.km)} km at the default ${Math.round(fallback.value)} km a day: ${fallback.note}`,
    });
  } else {
    parts.push({
      part: "moving",
      at: leg.id,
      days: 0,
      basis: "unknown",
      sources: [],
      note: `no sourced time and no speed for ${leg.mode}`,
    });
  }
  if (WATER.has(leg.mode)) {
    // waiting for the sailing, and handling at both ports
    const wait = pick(metricsOf(leg), "ferry-waiting-time", ["days", "hours"]);
    parts.push(
      wait === undefined
        ? {
            part: "ferry-waiting",
            at: leg.id,
            days: 0,
            basis: "unknown",
            sources: [],
            note: "no source gives the wait for a sailing on this line",
          }
        : {
            part: "ferry-waiting",
            at: leg.id,
            days: toDays(wait),
            basis: "sourced",
            sources: [wait.source],
            note: `${wait.value} ${wait.unit} (${wait.year})`,
          },
    );
    for (const port of [from, to]) {
      const handling = pick(metricsOf(port), "port-handling-time", ["days", "hours"]);
      parts.push(
        handling === undefined
          ? {
              part: "port-handling",
              at: port.id,
              days: 0,
              basis: "unknown",
              sources: [],
              note: `no source gives the handling time at ${port.name}`,
            }
          : {
              part: "port-handling",
              at: port.id,
              days: toDays(handling),
              basis: "sourced",
              sources: [handling.source],
              note: `${handling.value} ${handling.unit} (${handling.year})`,
            },
      );
    }
  }
  if (LAND.has(leg.mode) && from.country !== to.country) {
    borders ??= borderTimes();
    const own = borders.byLeg.get(leg.id)?.get(leg.mode);
    const mean = borders.mean.get(leg.mode);
    parts.push(
      own !== undefined
        ? {
            part: "border-crossing",
            at: leg.id,
            days: own.value / 24,
            basis: "sourced",
            sources: [own.source],
            note: `CAREC average ${leg.mode} border-crossing time on this corridor, ${own.value} hours (${own.year})`,
          }
        : mean !== undefined
          ? {
              part: "border-crossing",
              at: leg.id,
              days: mean.hours / 24,
              basis: "default",
              sources: mean.sources,
              note: `default: mean of the CAREC corridors' latest average ${leg.mode} border-crossing times (${mean.n} corridors), ${mean.hours.toFixed(1)} hours`,
            }
          : {
              part: "border-crossing",
              at: leg.id,
              days: 0,
              basis: "unknown",
              sources: [],
              note: `no source times a ${leg.mode} border crossing`,
            },
    );
  }
  const gauge = (leg as { gaugeChange?: { at: string; source: string } }).gaugeChange;
  if (gauge !== undefined) {
    const own = pick(metricsOf(leg), "gauge-change-time", ["hours", "days"]);
    const border = parts.find((p) => p.part === "border-crossing");
    parts.push(
      own !== undefined
        ? {
            part: "gauge-change",
            at: leg.id,
            days: toDays(own),
            basis: "sourced",
            sources: [own.source],
            note: `${own.value} ${own.unit} (${own.year})`,
          }
        : border?.basis === "sourced" || border?.basis === "default"
          ? {
              part: "gauge-change",
              at: leg.id,
              days: 0,
              basis: "included",
              sources: [gauge.source],
              note: "inside the border-crossing time (CAREC's rail averages are measured at gauge-change crossings)",
            }
          : {
              part: "gauge-change",
              at: leg.id,
              days: 0,
              basis: "unknown",
              sources: [gauge.source],
              note: `gauge change at ${gauge.at}; no source times it`,
            },
    );
  }
  return { parts, days: parts.reduce((s, p) => s + p.days, 0), moving, movingBasis };
}

/**
 * Routes between places over the corridor graph, best first: the k best simple paths. A place is a node
 * (id or name, any case), an alpha-2 code or country name (any of its nodes), `"C5"`, or a place that
 * `options.places` maps to a node. Only operating legs are used unless `status` says otherwise;
 * `avoidCountries` and `avoidModes` exclude nodes and legs; `via` makes the route pass given places;
 * `exitNodes` fixes where it leaves its starting country. A route has at least one leg and ends at the first
 * destination it reaches. Each route reports its legs, countries, crossings, length (sourced leg lengths where
 * known, great-circle distances elsewhere), its door-to-door `time` (moving plus dwell, each part sourced,
 * default or unknown) and, beside it, the sourced times of the corridors it follows. Throws a `RangeError` for
 * an unknown place or option value.
 *
 * @category Queries
 * @example
 * ```ts
 * import { findRoutes } from "c5-minerals/corridors";
 * const [route] = findRoutes("KZ", "TR", { avoidCountries: ["RU", "IR"], avoidModes: ["road"] });
 * route?.countries; // ["KZ", "AZ", "GE", "TR"]
 * route?.seaCrossings; // 1
 * route !== undefined && Math.abs(route.time.totalDays - route.time.movingDays - route.time.dwellDays) < 1e-9; // true
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
    "via",
    "exitNodes",
    "eachDestination",
    "places",
    "speedKmPerDay",
  ]);
  const g = corridorGraph();
  const rankBy =
    optional(o.rankBy, "options.rankBy", (v, n) =>
      requireOneOf(v, n, ["distance", "time", "transit-time", "borders"] as const),
    ) ?? "distance";
  if (o.places !== undefined && typeof o.places !== "function") throw new TypeError("options.places must be a function");
  const speeds: Partial<Record<string, number>> =
    optional(o.speedKmPerDay, "options.speedKmPerDay", (v, n) =>
      requireOptions<Partial<Record<string, number>>>(v, n, TRANSPORT_MODES, false),
    ) ?? {};
  for (const [mode, v] of Object.entries(speeds)) {
    if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v))
      throw new RangeError(`options.speedKmPerDay.${mode} must be a positive number`);
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
  const eachDestination = optional(o.eachDestination, "options.eachDestination", requireBoolean) ?? false;
  const via = (optional(o.via, "options.via", requireStringArray) ?? []).map(
    (p, i) => new Set(resolvePlaces(g, p, o.places, `options.via[${i}]`)),
  );
  const exits =
    o.exitNodes === undefined
      ? undefined
      : new Set(
          requireStringArray(o.exitNodes, "options.exitNodes").map((p, i) => {
            const [n, ...more] = resolvePlaces(g, p, undefined, `options.exitNodes[${i}]`);
            if (n === undefined || more.length > 0 || g.nodes[n]?.id.toLowerCase() === undefined)
              throw new RangeError(`options.exitNodes[${i}]: '${p}' is not one corridor node`);
            return n;
          }),
        );
  const blocked = new Set(g.nodes.flatMap((node, i) => (avoidCountries.has(node.country) ? [i] : [])));
  const starts = resolvePlaces(g, from, o.places, "from");
  const ends = resolvePlaces(g, to, o.places, "to");
  if (max === 0) return [];
  const times = new Map<string, EdgeTime>();
  const timeOf = (e: Edge, u: number): EdgeTime => {
    const key = `${e.leg.id}|${u}`;
    let t = times.get(key);
    if (t === undefined) {
      t = edgeTime(g, e, u, speeds);
      times.set(key, t);
    }
    return t;
  };
  const weight =
    rankBy === "distance"
      ? (e: Edge) => e.km
      : rankBy === "borders"
        ? (e: Edge, u: number) => (g.nodes[u]?.country !== g.nodes[e.to]?.country ? BORDER_KM : 0) + e.km
        : (e: Edge, u: number) => timeOf(e, u).days;
  const accept =
    exits === undefined
      ? undefined
      : (nodes: readonly number[]) => {
          const home = g.nodes[nodes[0] as number]?.country;
          let last = nodes[0] as number;
          for (const n of nodes) {
            if (g.nodes[n]?.country !== home) break;
            last = n;
          }
          return exits.has(last);
        };
  const rules = {
    edgeOk: (e: Edge) => !avoidModes.has(e.leg.mode) && status.has(e.leg.status),
    blocked,
    weight,
    via,
    ...(accept === undefined ? {} : { accept }),
  };
  const paths = eachDestination
    ? ends.flatMap((end) => kShortest(g, starts, new Set([end]), max, rules)).sort((a, b) => a.cost - b.cost)
    : kShortest(g, starts, new Set(ends), max, rules);
  return paths.map((p) => toRoute(g, p, timeOf));
}

const BORDER_KM = 1e6;

function toRoute(g: Graph, p: Path, timeOf: (e: Edge, u: number) => EdgeTime): Route {
  const nodes = p.nodes.map((i) => g.nodes[i] as CorridorNodeRecord);
  const edgeTimes = p.edges.map((e, i) => timeOf(e, p.nodes[i] as number));
  const legs: RouteLeg[] = p.edges.map((e, i) => {
    const t = edgeTimes[i] as EdgeTime;
    return {
      leg: e.leg,
      from: nodes[i] as CorridorNodeRecord,
      to: nodes[i + 1] as CorridorNodeRecord,
      lengthKm: e.km,
      length: e.sourced ? "sourced" : "great-circle",
      transitDays: t.moving,
      transitTime: t.movingBasis,
    };
  });
  const countries: string[] = [];
  for (const n of nodes) if (countries[countries.length - 1] !== n.country) countries.push(n.country);
  const distanceKm = legs.reduce((s, l) => s + l.lengthKm, 0);
  const sourcedKm = legs.filter((l) => l.length === "sourced").reduce((s, l) => s + l.lengthKm, 0);
  const known = legs.filter((l) => l.transitDays !== undefined);
  let bottleneck: Bottleneck | undefined;
  const consider = (metrics: readonly MetricLike[], at: string, on: "node" | "leg") => {
    const m = pick(metrics, "current-capacity", ["Mt/yr"]);
    if (m !== undefined && (bottleneck === undefined || m.value < bottleneck.mtPerYear)) {
      bottleneck = { mtPerYear: m.value, at, on, year: m.year, source: m.source };
    }
  };
  for (const n of nodes) consider(metricsOf(n), n.id, "node");
  for (const l of legs) consider(metricsOf(l.leg), l.leg.id, "leg");
  const parts = edgeTimes.flatMap((t) => t.parts);
  const sum = (f: (p: TimePart) => boolean) => parts.filter(f).reduce((s, x) => s + x.days, 0);
  const movingDays = sum((x) => x.part === "moving");
  const dwellDays = sum((x) => x.part !== "moving");
  const time: DoorToDoor = {
    movingDays,
    dwellDays,
    totalDays: movingDays + dwellDays,
    complete: parts.every((x) => x.basis !== "unknown"),
    sourcedDays: sum((x) => x.basis === "sourced"),
    defaultDays: sum((x) => x.basis === "default" || x.basis === "option"),
    parts,
  };
  return {
    nodes,
    legs,
    countries,
    distanceKm,
    sourcedKm,
    borderCrossings: countries.length - 1,
    seaCrossings: legs.filter((l) => WATER.has(l.leg.mode)).length,
    sourcedShare: distanceKm === 0 ? 0 : sourcedKm / distanceKm,
    crossings: nodes.filter((n) => n.kind === "border-crossing"),
    transitDays: known.length === 0 ? undefined : known.reduce((s, l) => s + (l.transitDays as number), 0),
    transitTimeComplete: known.length === legs.length,
    time,
    corridorTimes: corridorTimes(legs, distanceKm),
    bottleneck,
  };
}

function corridorTimes(legs: readonly RouteLeg[], distanceKm: number): CorridorTime[] {
  if (distanceKm === 0) return [];
  const out: CorridorTime[] = [];
  for (const c of corridors) {
    if ((c as { programme?: unknown }).programme !== undefined) continue;
    const own = new Set<string>(c.legs as readonly string[]);
    const km = legs.filter((l) => own.has(l.leg.id)).reduce((s, l) => s + l.lengthKm, 0);
    const share = km / distanceKm;
    if (share < 0.5) continue;
    const claims = metricsOf(c)
      .filter((m) => m.metric === "transit-time" && m.kind === "outturn")
      .map((m) => ({ year: m.year, days: toDays(m), source: m.source, note: m.note }))
      .sort((a, b) => b.year - a.year);
    if (claims.length > 0) out.push({ corridor: c.id, share, claims });
  }
  return out.sort((a, b) => b.share - a.share);
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
  const g = corridorGraph();
  for (const id of c.legs) {
    const leg = g.leg(id);
    for (const end of leg === undefined ? [] : [leg.from, leg.to]) {
      const node = g.node(end);
      if (node !== undefined && avoid.has(node.country)) return false;
    }
  }
  return true;
}
