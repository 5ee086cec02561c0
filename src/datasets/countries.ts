import { deepFreeze, type KeyedRecord } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { foldName, lazyIndex } from "../core/index-by.js";
import { unknownValue } from "../core/resolve.js";
import { countryCodeByLocalName } from "./country-names.js";
import { type CountryLiteral, countriesRecords } from "./generated/countries.js";

/**
 * All countries, deeply frozen, sorted by alpha-2 code.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { countries } from "c5-minerals/countries";
 * countries.some((c) => c.alpha2 === "UZ"); // true
 * ```
 */
export const countries: readonly CountryLiteral[] = deepFreeze(countriesRecords);

/**
 * A country record of the dataset.
 *
 * @category Datasets
 */
export type CountryRecord = CountryLiteral;
/**
 * The ISO 3166-1 alpha-2 code of a country in the dataset.
 *
 * @category Datasets
 */
export type CountryCode = CountryRecord["alpha2"];

const byCode = lazyIndex<CountryRecord>(countries, (c) => [c.alpha2, c.alpha3, c.numeric]);
const byName = lazyIndex<CountryRecord>(countries, (c) =>
  [c.name, ...c.aliases, ...(c.officialName ? [c.officialName] : [])].map(foldName),
);

/**
 * Finds a country by ISO 3166-1 alpha-2, alpha-3 or numeric code, by English name or alias, or by its
 * name in Kazakh, Kyrgyz, Russian, Tajik, Turkmen, Uzbek (Latin or Cyrillic) or Chinese (Unicode CLDR;
 * see {@link countryNames}); names match in any case, without accents, with any apostrophe for Uzbek's ʻ.
 * `undefined` when there is none. A literal alpha-2 code of the dataset returns a defined record in the types.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getCountry } from "c5-minerals/countries";
 * getCountry("KZ").name; // "Kazakhstan"
 * getCountry("398")?.alpha2; // "KZ"
 * getCountry("turkiye")?.alpha2; // "TR"
 * getCountry("Қазақстан")?.alpha2; // "KZ"
 * getCountry("O'zbekiston")?.alpha2; // "UZ"
 * getCountry("哈萨克斯坦")?.alpha2; // "KZ"
 * getCountry("Atlantis"); // undefined
 * ```
 */
export function getCountry<C extends CountryCode>(code: C): KeyedRecord<CountryRecord, "alpha2", C>;
export function getCountry(codeOrName: string): CountryRecord | undefined;
export function getCountry(codeOrName: string): CountryRecord | undefined {
  const key = requireString(codeOrName, "codeOrName").trim();
  if (key.length > 300) return undefined;
  const code = byCode(key.toUpperCase());
  if (code !== undefined) return code;
  const folded = foldName(key);
  const named = byName(folded);
  if (named !== undefined) return named;
  const local = countryCodeByLocalName(folded);
  return local === undefined ? undefined : byCode(local);
}

/**
 * Like {@link getCountry}, but throws an error naming the input when no country matches.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getCountryOrThrow } from "c5-minerals/countries";
 * getCountryOrThrow("uzbekistan").alpha3; // "UZB"
 * ```
 */
export function getCountryOrThrow(codeOrName: string): CountryRecord {
  return requireCountry(codeOrName, "codeOrName");
}

/**
 * The country a code (alpha-2, alpha-3, numeric, any case) or a name in any language the package knows denotes, or a RangeError
 * naming the parameter `name`. Internal: every function that takes a country resolves it with this.
 */
export function requireCountry(codeOrName: unknown, name: string): CountryRecord {
  const country = getCountry(requireString(codeOrName, name));
  if (country === undefined)
    throw unknownValue(
      name,
      "country",
      codeOrName as string,
      countries.flatMap((c) => [c.name, ...c.aliases]),
      "try an ISO 3166-1 code, or a name in English or a language of the region",
    );
  return country;
}
