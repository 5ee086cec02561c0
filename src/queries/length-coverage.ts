import { corridorLegs, corridorNodes, requireCorridor } from "../datasets/corridors.js";
import { legKm } from "./routes.js";

/**
 * How much of the corridor graph's length rests on sourced leg lengths.
 *
 * @category Queries
 */
export interface LengthCoverage {
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
 * How much of the corridor graph (every leg, of any status), or of one corridor's legs, is measured by
 * sourced lengths rather than great-circle estimates. Lengths are counted as {@link findRoutes} counts
 * them. Throws a `RangeError` for an unknown corridor.
 *
 * @category Queries
 * @example
 * ```ts
 * import { lengthCoverage } from "c5-minerals/corridors";
 * const graph = lengthCoverage();
 * graph.sourcedShare >= 0.8; // true: at least 80 % of the graph's kilometres are sourced
 * lengthCoverage("middle-corridor").estimatedLegs.includes("alashankou-dostyk-rail"); // true
 * ```
 */
export function lengthCoverage(corridorId?: string): LengthCoverage {
  const ids =
    corridorId === undefined ? undefined : new Set<string>(requireCorridor(corridorId, "corridorId").legs as readonly string[]);
  const nodes = new Map(corridorNodes.map((n) => [n.id as string, n] as const));
  let totalKm = 0;
  let sourcedKm = 0;
  const estimatedLegs: string[] = [];
  let legs = 0;
  for (const leg of corridorLegs) {
    if (ids !== undefined && !ids.has(leg.id)) continue;
    const from = nodes.get(leg.from);
    const to = nodes.get(leg.to);
    if (from === undefined || to === undefined) continue;
    const { km, sourced } = legKm(leg, from, to);
    legs++;
    totalKm += km;
    if (sourced) sourcedKm += km;
    else estimatedLegs.push(leg.id);
  }
  return { legs, totalKm, sourcedKm, sourcedShare: totalKm === 0 ? 0 : sourcedKm / totalKm, estimatedLegs };
}
