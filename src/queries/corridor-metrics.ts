import type { DeepReadonly } from "../core/freeze.js";
import { type Resolver, requireOneOf, resolverOf } from "../core/resolve.js";
import { METRIC_KINDS, METRIC_NAMES, METRIC_UNIT_FACTORS, METRIC_UNITS_BY_METRIC, TRANSPORT_MODES } from "../core/vocabulary.js";
import { corridorLegs, corridorNodes, corridors } from "../datasets/corridors.js";
import type { CorridorMetric, MetricKind, MetricName, TransportMode } from "../schemas/corridor.js";

const UNITS: Readonly<Record<MetricName, readonly string[]>> = METRIC_UNITS_BY_METRIC;
const FACTORS: Readonly<Record<string, { base: string; factor: number }>> = METRIC_UNIT_FACTORS;

/** A value in `from` read in `to`, or undefined when the units do not convert. */
function convert(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  const a = FACTORS[from];
  const b = FACTORS[to];
  return a !== undefined && b !== undefined && a.base === b.base ? (value * a.factor) / b.factor : undefined;
}

/**
 * One point of a metric's yearly series.
 *
 * @category Queries
 */
export interface MetricPoint {
  /** The year the value is for. */
  year: number;
  /** The value, in `unit`. */
  value: number;
  /** The unit asked for; the claim's own unit may differ (`claim.unit`), the value is converted. */
  unit: string;
  /** The metric record the point comes from (preferred claim, else the first for that year), unconverted. */
  claim: DeepReadonly<CorridorMetric>;
  /** How many claims the data holds for this year, kind and unit (more than one: sources disagree). */
  claims: number;
}

type MetricOwner = { readonly id: string; readonly metrics?: readonly DeepReadonly<CorridorMetric>[] };
let owners: Resolver<MetricOwner> | undefined;
/** Corridors, nodes and legs, by id, name or alias: whatever can carry metrics. */
const metricOwner = (): Resolver<MetricOwner> =>
  (owners ??= resolverOf<MetricOwner>(
    [...corridors, ...corridorNodes, ...corridorLegs] as readonly MetricOwner[],
    "corridor, node or leg",
    (o) => [o.id],
    (o) => {
      const named = o as { name?: string; aliases?: readonly string[] };
      return [...(named.name === undefined ? [] : [named.name]), ...(named.aliases ?? [])];
    },
  ));

/**
 * A metric of a corridor, node or leg as a yearly series in one unit and of one kind: one point a year,
 * the preferred claim where sources disagree (else the first listed). Claims stored in a unit that converts
 * to the one asked for (t and Mt, hours and days) are read in it, so a series never drops a year because a
 * source gave it in other units. Outturns, forecasts and targets are
 * separate series: asking for `"outturn"` (the default) never returns a forecast or a target. Where the
 * source measures one transport mode (CAREC's road and rail border-crossing times, for example), the
 * metric carries `mode`; pass `mode` to keep one mode's series, since without it a year's point may come
 * from either. Throws a `RangeError` for an unknown id.
 *
 * @category Queries
 * @example
 * ```ts
 * import { metricSeries } from "c5-minerals/corridors";
 * const tonnes = metricSeries("middle-corridor", "cargo-volume", "Mt");
 * tonnes.find((p) => p.year === 2025)?.value; // 4.119
 * tonnes.find((p) => p.year === 2019)?.value; // 0.759
 * tonnes.every((p) => p.claim.kind === "outturn"); // true
 * metricSeries("carec-corridor-4", "border-crossing-time", "hours", "outturn", "rail").map((p) => p.value); // [15.7, 9.1]
 * ```
 */
export function metricSeries(
  id: string,
  metric: MetricName,
  unit: string,
  kind: MetricKind = "outturn",
  mode?: TransportMode,
): MetricPoint[] {
  const owner = metricOwner().require(id, "id");
  metric = requireOneOf(metric, "metric", METRIC_NAMES);
  unit = requireOneOf(unit, "unit", UNITS[metric]);
  kind = requireOneOf(kind, "kind", METRIC_KINDS);
  if (mode !== undefined) mode = requireOneOf(mode, "mode", TRANSPORT_MODES);
  const metrics = ((owner as { metrics?: readonly DeepReadonly<CorridorMetric>[] }).metrics ?? []).filter(
    (m) =>
      m.metric === metric && convert(1, m.unit, unit) !== undefined && m.kind === kind && (mode === undefined || m.mode === mode),
  );
  const years = [...new Set(metrics.map((m) => m.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const same = metrics.filter((m) => m.year === year);
    const claim = same.find((m) => m.preferred) ?? same.find((m) => m.unit === unit) ?? (same[0] as DeepReadonly<CorridorMetric>);
    return { year, value: convert(claim.value, claim.unit, unit) as number, unit, claim, claims: same.length };
  });
}
