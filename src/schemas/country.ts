import * as z from "zod";
import { Alpha2, Coordinates, Id, PartialDate, SourceRefs, uniqueArray } from "./common.js";

/**
 * Whether a country reaches the open sea: `none` (it has a coastline on the ocean), `landlocked`, or
 * `doubly-landlocked` (landlocked and surrounded only by landlocked countries, as Uzbekistan is).
 * The Caspian Sea is a closed basin and does not count as a coast on the ocean.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Landlocked } from "c5-minerals/schemas";
 * Landlocked.parse("doubly-landlocked");
 * ```
 */
export const Landlocked = z
  .enum(["none", "landlocked", "doubly-landlocked"])
  .meta({ description: "Access to the ocean: none (has an ocean coast), landlocked, doubly-landlocked." });
/**
 * Access to the ocean.
 *
 * @category Schemas
 */
export type Landlocked = z.infer<typeof Landlocked>;

/**
 * A land border with a neighbouring country, and its length where the source gives one.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Border } from "c5-minerals/schemas";
 * Border.parse({ country: "KG" });
 * ```
 */
export const Border = z
  .strictObject({
    country: Alpha2.meta({ description: "The neighbour's alpha-2 code." }),
    lengthKm: z.number().positive().optional().meta({ description: "Border length in kilometres, as sourced." }),
  })
  .meta({ id: "Border", description: "A land border with a neighbour." });
/**
 * A land border with a neighbour.
 *
 * @category Schemas
 */
export type Border = z.infer<typeof Border>;

/**
 * A population figure: the value, the year it refers to and where it comes from. National statistics
 * offices and international compilers differ, so a profile may carry several.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Population } from "c5-minerals/schemas";
 * Population.parse({ value: 1000, year: 2024, source: "example-source", estimate: true });
 * ```
 */
export const Population = z
  .strictObject({
    value: z.number().int().positive().meta({ description: "Number of people." }),
    year: z.number().int().min(1900).max(2100).meta({ description: "Year (or the year of the date) the figure refers to." }),
    asOf: PartialDate.optional().meta({ description: "Reference date, when the source gives one finer than the year." }),
    estimate: z.boolean().meta({ description: "True when the source presents the value as an estimate." }),
    source: Id.meta({ description: "Source id." }),
  })
  .meta({ id: "Population", description: "A sourced population figure." });
/**
 * A sourced population figure.
 *
 * @category Schemas
 */
export type Population = z.infer<typeof Population>;

/**
 * A former name of a place with the period it was used.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FormerName } from "c5-minerals/schemas";
 * FormerName.parse({ name: "Old Town", from: "1990", until: "2000", source: "example-source" });
 * ```
 */
export const FormerName = z
  .strictObject({
    name: z.string().min(1),
    from: PartialDate.optional().meta({ description: "First date the name was in official use." }),
    until: PartialDate.meta({ description: "Date the name stopped being used." }),
    source: Id,
  })
  .meta({ id: "FormerName", description: "A former name and when it was used." });
/**
 * A former name and when it was used.
 *
 * @category Schemas
 */
export type FormerName = z.infer<typeof FormerName>;

/**
 * The languages the package names every country in (BCP 47 tags as CLDR uses them): English, Kazakh,
 * Kyrgyz, Russian, Tajik, Turkmen, Uzbek in Latin script (`uz`) and in Cyrillic (`uz-Cyrl`), Chinese.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CountryNameLanguage } from "c5-minerals/schemas";
 * CountryNameLanguage.options.includes("uz-Cyrl"); // true
 * ```
 */
export const CountryNameLanguage = z
  .enum(["en", "kk", "ky", "ru", "tg", "tk", "uz", "uz-Cyrl", "zh"])
  .meta({ description: "BCP 47 tag of a language the package names countries in." });
/**
 * A language the package names countries in.
 *
 * @category Schemas
 */
export type CountryNameLanguage = z.infer<typeof CountryNameLanguage>;

/**
 * A country's name in each of the {@link CountryNameLanguage}s, as the Unicode CLDR gives it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { LocalNames } from "c5-minerals/schemas";
 * LocalNames.safeParse({ en: "Kazakhstan" }).success; // false
 * ```
 */
export const LocalNames = z
  .strictObject(
    Object.fromEntries(CountryNameLanguage.options.map((l) => [l, z.string().min(1)])) as Record<
      CountryNameLanguage,
      z.ZodString
    >,
  )
  .meta({ id: "LocalNames", description: "A name per language tag (en, kk, ky, ru, tg, tk, uz, uz-Cyrl, zh)." });
/**
 * A country's name per language.
 *
 * @category Schemas
 */
export type LocalNames = z.infer<typeof LocalNames>;

/**
 * One country's names in the region's languages, from the Unicode CLDR (the record of the `countryNames`
 * dataset; every country of the countries dataset has one).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CountryNames } from "c5-minerals/schemas";
 * CountryNames.shape.names.shape.kk.safeParse("Қазақстан").success; // true
 * ```
 */
export const CountryNames = z
  .strictObject({
    country: Alpha2.meta({ description: "The country's alpha-2 code." }),
    names: LocalNames,
    source: Id.meta({ description: "The CLDR release the names come from (a source record)." }),
  })
  .meta({ id: "CountryNames", description: "A country's names in the region's languages, from the Unicode CLDR." });
/**
 * A country's names in the region's languages.
 *
 * @category Schemas
 */
export type CountryNames = z.infer<typeof CountryNames>;

/**
 * The full profile carried by the C5 states and the United States.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CountryProfile } from "c5-minerals/schemas";
 * CountryProfile.shape.landlocked.options; // ["none", "landlocked", "doubly-landlocked"]
 * ```
 */
export const CountryProfile = z
  .strictObject({
    region: z.string().min(1).meta({ description: "UN M49 sub-region name, e.g. 'Central Asia'." }),
    regionSource: Id,
    capital: z.strictObject({
      name: z.string().min(1),
      coordinates: Coordinates,
      formerNames: z.array(FormerName).meta({ description: "Earlier names of the capital, newest last." }),
      source: Id,
    }),
    landlocked: Landlocked,
    borders: uniqueArray(Border, "border", (b) => b.country).meta({ description: "Land borders, each neighbour once." }),
    bordersSource: Id,
    area: z.strictObject({
      totalKm2: z.number().positive(),
      landKm2: z.number().positive().optional(),
      waterKm2: z.number().nonnegative().optional(),
      source: Id,
    }),
    population: z.array(Population).min(1).meta({ description: "One or more sourced population figures." }),
    currency: z.strictObject({
      code: z.string().regex(/^[A-Z]{3}$/, "Expected an ISO 4217 alphabetic code such as 'KZT'"),
      name: z.string().min(1),
      source: Id,
    }),
    names: LocalNames.meta({ description: "The country's name in the region's languages (Unicode CLDR)." }),
    namesSource: Id.meta({ description: "The CLDR release the names come from." }),
  })
  .meta({
    id: "CountryProfile",
    description: "Full profile: capital, region, borders, area, population, currency, names in the region's languages.",
  });
/**
 * Full country profile.
 *
 * @category Schemas
 */
export type CountryProfile = z.infer<typeof CountryProfile>;

/**
 * A country, identified by its ISO 3166-1 codes. Every country referenced anywhere in the package is a
 * Country record; the C5 states and the United States also carry a full {@link CountryProfile}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Country } from "c5-minerals/schemas";
 * const result = Country.safeParse({ alpha2: "KZ", alpha3: "KAZ", numeric: "398", name: "Kazakhstan",
 *   aliases: [], sources: ["iso-3166-1"] });
 * result.success; // true
 * ```
 */
export const Country = z
  .strictObject({
    alpha2: Alpha2,
    alpha3: z.string().regex(/^[A-Z]{3}$/, "Expected an ISO 3166-1 alpha-3 code such as 'KAZ'"),
    numeric: z.string().regex(/^\d{3}$/, "Expected a three-digit ISO 3166-1 numeric code such as '398'"),
    name: z.string().min(1).meta({ description: "ISO 3166-1 short name in English (e.g. 'Türkiye')." }),
    officialName: z.string().min(1).optional().meta({ description: "ISO 3166-1 full (official) name where ISO gives one." }),
    aliases: uniqueArray(z.string().min(1), "alias").meta({
      description: "Other names a user may search by (common names, former names, romanisations).",
    }),
    profile: CountryProfile.optional(),
    sources: SourceRefs,
  })
  .meta({ id: "Country", description: "A country by ISO 3166-1, with a full profile for the C5 and the US." });
/**
 * A country by ISO 3166-1.
 *
 * @category Schemas
 */
export type Country = z.infer<typeof Country>;
