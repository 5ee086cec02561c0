import { optional, requireBoolean, requireOptions } from "../core/guards.js";
import { comparePartialDates } from "../core/partial-dates.js";
import { type CountryRecord, requireCountry } from "../datasets/countries.js";

/**
 * One population figure of a country profile, as the dataset holds it.
 *
 * @category Datasets
 */
export type PopulationRecord = NonNullable<CountryRecord["profile"]>["population"][number];

/**
 * The newest population figure a full country profile holds (by its reference date, or its year when the
 * source gives no finer date); the older figures stay in `profile.population`. Undefined for a country
 * without a full profile.
 *
 * @param code ISO 3166-1 alpha-2 code or a name, as {@link getCountry} takes.
 * @param options.official Only figures the source does not present as an estimate (national statistics, census).
 * @throws TypeError when `code` is not a string.
 * @category Lookups
 * @example
 * ```ts
 * import { latestPopulation } from "c5-minerals/countries";
 * latestPopulation("UZ")?.asOf; // "2026-01-01"
 * latestPopulation("FR"); // undefined (no full profile)
 * ```
 */
export function latestPopulation(code: string, options: { readonly official?: boolean } = {}): PopulationRecord | undefined {
  const country = requireCountry(code, "code");
  requireOptions(options, "options", ["official"]);
  optional(options.official, "options.official", requireBoolean);
  const series = country.profile?.population ?? [];
  let best: PopulationRecord | undefined;
  for (const p of series) {
    if (options.official === true && p.estimate) continue;
    if (best === undefined || comparePartialDates(p.asOf ?? String(p.year), best.asOf ?? String(best.year)) > 0) best = p;
  }
  return best;
}
