import { requireStringArray } from "../core/guards.js";
import { requireDay } from "../core/partial-dates.js";
import { requireFacility } from "../datasets/facilities.js";
import { type MeasureInForce, type MeasuresInForce, measuresInForce, type UncertainMeasure } from "./measures-in-force.js";

/**
 * The answer of {@link measuresForFacility}: the measures of the facility's country in force on a date
 * for the minerals the facility handles.
 *
 * @category Queries
 */
export interface FacilityMeasures {
  /** The facility's id. */
  facility: string;
  /** Its country (alpha-2). */
  country: string;
  /** The day asked about. */
  date: string;
  /** The mineral ids of its commodities. */
  minerals: string[];
  /** Measures in force on the date covering at least one of those minerals (each once). */
  inForce: MeasureInForce[];
  /** Measures whose status on the date the sources leave open. */
  uncertain: UncertainMeasure[];
  /** Why `inForce` is empty, when it is. */
  reason: string | undefined;
}

/**
 * The measures that apply on a date to what a facility produces: the export bans, duties, pre-emptive
 * rights and processing requirements of its country in force for any of its commodities' minerals.
 *
 * @category Queries
 * @example
 * ```ts
 * import { measuresForFacility } from "c5-minerals/measures";
 * measuresForFacility("kumtor-gold-mine", "2024-01-15").uncertain.some((u) => u.measure.id === "kg-state-preferential-gold-purchase"); // true
 * ```
 */
export function measuresForFacility(facilityId: string, date: string): FacilityMeasures {
  const facility = requireFacility(facilityId, "facilityId");
  const day = requireDay(date, "date");
  const minerals = [...new Set(facility.commodities.map((c) => c.mineral as string))];
  const inForce = new Map<string, MeasureInForce>();
  const uncertain = new Map<string, UncertainMeasure>();
  for (const mineral of minerals) {
    const r = measuresInForce(facility.country, day, mineral);
    for (const h of r.inForce) inForce.set(h.measure.id, h);
    for (const u of r.uncertain) uncertain.set(u.measure.id, u);
  }
  return {
    facility: facility.id,
    country: facility.country,
    date: day,
    minerals,
    inForce: [...inForce.values()],
    uncertain: [...uncertain.values()],
    reason:
      inForce.size > 0
        ? undefined
        : `No recorded measure of ${facility.country} for ${minerals.join(", ")} is certainly in force on ${day}`,
  };
}

/**
 * The measures that apply on a date to a product leaving by a route: the export measures of the country the
 * route starts in (a route from `findRoutes` or `routesFromFacility`, or any object with its `countries`).
 * The countries the route crosses afterwards are listed but not evaluated: goods in transit under customs
 * control are outside the export measures recorded here.
 *
 * @category Queries
 * @example
 * ```ts
 * import { measuresForRoute } from "c5-minerals/measures";
 * const r = measuresForRoute({ countries: ["KZ", "RU"] }, "2025-05-01", "7404");
 * r.origin.inForce.some((h) => h.measure.id === "kz-2025-scrap-export-ban"); // true
 * ```
 */
export function measuresForRoute(
  route: { readonly countries: readonly string[] },
  date: string,
  product?: string,
): { origin: MeasuresInForce; transit: string[] } {
  requireDay(date, "date");
  if (route === null || typeof route !== "object") throw new TypeError("route must be a route object with its countries");
  const countries = requireStringArray(route.countries, "route.countries");
  const [origin, ...rest] = countries;
  if (origin === undefined) throw new RangeError("route.countries must name at least the country the route starts in");
  return { origin: measuresInForce(origin, date, product), transit: [...new Set(rest.filter((c) => c !== origin))] };
}
