import type { DeepReadonly } from "../core/freeze.js";
import { type Resolver, requireOneOf, resolverOf } from "../core/resolve.js";
import { CORRIDOR_METRIC_UNITS, METRIC_KINDS, METRIC_NAMES, TRANSPORT_MODES } from "../core/vocabulary.js";
import { corridorLegs, corridorNodes, corridors } from "../datasets/corridors.js";
import type { CorridorMetric, MetricKind, MetricName, TransportMode } from "../schemas/corridor.js";

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
  /** The unit, as the data gives it. */
  unit: string;
  /** The metric record the point comes from (preferred claim, else the first for that year). */
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
 * the preferred claim where sources disagree (else the first listed). Outturns, forecasts and targets are
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
  unit = requireOneOf(unit, "unit", CORRIDOR_METRIC_UNITS);
  kind = requireOneOf(kind, "kind", METRIC_KINDS);
  if (mode !== undefined) mode = requireOneOf(mode, "mode", TRANSPORT_MODES);
  const metrics = ((owner as { metrics?: readonly DeepReadonly<CorridorMetric>[] }).metrics ?? []).filter(
    (m) => m.metric === metric && m.unit === unit && m.kind === kind && (mode === undefined || m.mode === mode),
  );
  const years = [...new Set(metrics.map((m) => m.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const same = metrics.filter((m) => m.year === year);
    const claim = same.find((m) => m.preferred) ?? (same[0] as DeepReadonly<CorridorMetric>);
    return { year, value: claim.value, unit: claim.unit, claim, claims: same.length };
  });
}
