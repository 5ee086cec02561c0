import { optional, requireOptions } from "../core/guards.js";
import { requireOneOf } from "../core/resolve.js";
import { TRANSPORT_MODES } from "../core/vocabulary.js";
import { corridorLegs, corridorNodes, requireCorridor } from "../datasets/corridors.js";
import type { TransportMode } from "../schemas/corridor.js";
import { legKm } from "./graph.js";

/**
 * How much of a set of legs' length rests on sourced leg lengths.
 *
 * @category Queries
 */
export interface LengthTally {
  /** Number of legs counted. */
  legs: number;
  /** Total length in km: each leg's sourced length (preferred claim, else the first), else its great-circle distance. */
  totalKm: number;
  /** The part of `totalKm` that rests on sourced leg lengths. */
  sourcedKm: number;
  /** `sourcedKm / totalKm`, between 0 and 1 (0 when there are no legs). */
  sourcedShare: number;
  /** Ids of the legs measured as great-circle distances because no source gives their length. */
  estimatedLegs: string[];
}

/**
 * How much of the corridor graph's length rests on sourced leg lengths, in all and by mode.
 *
 * @category Queries
 */
export interface LengthCoverage extends LengthTally {
  /** The same tally for each transport mode that has legs here. */
  byMode: Partial<Record<TransportMode, LengthTally>>;
}

/** Options for {@link lengthCoverage}. */
export interface LengthCoverageOptions {
  /** Count only legs of this mode (a railway's length without its road legs, say). */
  mode?: TransportMode;
}

/**
 * How much of the corridor graph (every leg, of any status), or of one corridor's own legs, is measured by
 * sourced lengths rather than great-circle estimates, in all and by mode. A corridor's feeders (older lines,
 * the road a railway will replace) are not its legs and do not count. Lengths are counted as
 * {@link findRoutes} counts them. Throws a `RangeError` for an unknown corridor or mode.
 *
 * @category Queries
 * @example
 * ```ts
 * import { lengthCoverage } from "c5-minerals/corridors";
 * const graph = lengthCoverage();
 * (graph.byMode.rail?.sourcedShare ?? 0) >= 0.75; // true: three quarters of the railway kilometres are sourced
 * lengthCoverage("middle-corridor").estimatedLegs.includes("alashankou-dostyk-rail"); // true
 * lengthCoverage("china-kyrgyzstan-uzbekistan-railway").byMode.road; // undefined
 * lengthCoverage(undefined, { mode: "ferry" }).byMode.rail; // undefined
 * ```
 */
export function lengthCoverage(corridorId?: string, options: LengthCoverageOptions = {}): LengthCoverage {
  const ids =
    corridorId === undefined ? undefined : new Set<string>(requireCorridor(corridorId, "corridorId").legs as readonly string[]);
  const o = requireOptions<LengthCoverageOptions>(options, "options", ["mode"]);
  const only = optional(o.mode, "options.mode", (v, n) => requireOneOf(v, n, TRANSPORT_MODES));
  const nodes = new Map(corridorNodes.map((n) => [n.id as string, n] as const));
  const empty = (): LengthTally => ({ legs: 0, totalKm: 0, sourcedKm: 0, sourcedShare: 0, estimatedLegs: [] });
  const all = empty();
  const byMode: Partial<Record<TransportMode, LengthTally>> = {};
  for (const leg of corridorLegs) {
    if (ids !== undefined && !ids.has(leg.id)) continue;
    if (only !== undefined && leg.mode !== only) continue;
    const from = nodes.get(leg.from);
    const to = nodes.get(leg.to);
    if (from === undefined || to === undefined) continue;
    const { km, sourced } = legKm(leg, from, to);
    const mode = byMode[leg.mode] ?? empty();
    byMode[leg.mode] = mode;
    for (const t of [all, mode]) {
      t.legs++;
      t.totalKm += km;
      if (sourced) t.sourcedKm += km;
      else t.estimatedLegs.push(leg.id);
    }
  }
  for (const t of [all, ...Object.values(byMode)]) t.sourcedShare = t.totalKm === 0 ? 0 : t.sourcedKm / t.totalKm;
  return { ...all, byMode };
}
