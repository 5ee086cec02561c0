import { deepFreeze } from "../core/freeze.js";
import { countryNameIndexRecords } from "./generated/countryNameIndex.js";
import { type CountryNamesLiteral, countryNamesRecords } from "./generated/countryNames.js";

/**
 * Every country's name in the region's languages (English, Kazakh, Kyrgyz, Russian, Tajik, Turkmen,
 * Uzbek in Latin and Cyrillic script, Chinese), from the Unicode CLDR; one record per country of the
 * countries dataset, sorted by alpha-2 code. The record's `source` names the CLDR release.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { countryNames } from "c5-minerals/countries";
 * countryNames.find((r) => r.country === "TJ")?.names.tg; // "Тоҷикистон"
 * ```
 */
export const countryNames: readonly CountryNamesLiteral[] = /* @__PURE__ */ deepFreeze(countryNamesRecords);

/**
 * A country's names record.
 *
 * @category Datasets
 */
export type CountryNamesRecord = CountryNamesLiteral;

let byLocalName: Map<string, string> | undefined;

/**
 * The alpha-2 code that a folded name in one of the region's languages denotes (see `foldName`), or
 * undefined. Internal: the country lookups ask it only when a name is not an English name or alias, so
 * its index (a compact generated list, not the countryNames dataset) is read and built on the first miss.
 */
export function countryCodeByLocalName(folded: string): string | undefined {
  if (byLocalName === undefined) {
    byLocalName = new Map();
    for (const line of countryNameIndexRecords) {
      const [code = "", ...names] = line.split("|");
      for (const name of names) if (!byLocalName.has(name)) byLocalName.set(name, code);
    }
  }
  return byLocalName.get(folded);
}
