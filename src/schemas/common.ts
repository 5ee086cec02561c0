/**
 * Building blocks shared by the entity schemas: ids, dates, codes and coordinates.
 *
 * @module
 */
import * as z from "zod";
import { kindOf, requireFunction, requireString } from "../core/guards.js";
import { certainlyBefore, comparePartialDates, partialDateSpan } from "../core/partial-dates.js";
import { C5_COUNTRY_CODES as C5 } from "../core/vocabulary.js";

export { certainlyBefore, comparePartialDates, partialDateSpan };

/**
 * A stable record id: lower-case kebab-case ASCII (`rare-earths`, `usgs-mcs-2026-chromium`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Id } from "c5-minerals/schemas";
 * Id.parse("middle-corridor"); // "middle-corridor"
 * Id.safeParse("Middle Corridor").success; // false
 * ```
 */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Expected a kebab-case id such as 'rare-earths'")
  .meta({ description: "Stable kebab-case identifier (lower-case letters, digits, single hyphens)." });

/**
 * A complete calendar date in ISO 8601 form, `YYYY-MM-DD`, checked against the calendar.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IsoDate } from "c5-minerals/schemas";
 * IsoDate.parse("2024-02-08"); // "2024-02-08"
 * IsoDate.safeParse("2024-02-30").success; // false
 * ```
 */
export const IsoDate = z.iso
  .date({ error: "Expected a calendar date as YYYY-MM-DD" })
  .meta({ description: "Calendar date, ISO 8601 YYYY-MM-DD." });

/**
 * A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Sources often give only a year or a month; the record keeps exactly the precision the source gives.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PartialDate } from "c5-minerals/schemas";
 * PartialDate.parse("2022-06"); // "2022-06"
 * PartialDate.safeParse("2022-13").success; // false
 * ```
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isValidPartialDate, "Expected a real calendar month and day")
  .meta({
    description: "Date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD (month and day must exist in the calendar).",
  });

function isValidPartialDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * An ISO 3166-1 alpha-2 country code: two upper-case letters (`KZ`, `US`). Whether the code is assigned
 * is checked against the countries dataset by the integrity checks, not by this format.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Alpha2 } from "c5-minerals/schemas";
 * Alpha2.parse("UZ"); // "UZ"
 * Alpha2.safeParse("uz").success; // false
 * ```
 */
export const Alpha2 = z
  .string()
  .regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code such as 'KZ'")
  .meta({ description: "ISO 3166-1 alpha-2 code (two upper-case letters)." });

/**
 * The five Central Asian states of the C5+1 format, by ISO 3166-1 alpha-2 code.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { C5_COUNTRY_CODES } from "c5-minerals/schemas";
 * C5_COUNTRY_CODES.includes("TJ"); // true
 * ```
 */
export const C5_COUNTRY_CODES: readonly ["KZ", "KG", "TJ", "TM", "UZ"] = C5;

/**
 * A C5 country code: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan or Uzbekistan.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { C5CountryCode } from "c5-minerals/schemas";
 * C5CountryCode.parse("KG"); // "KG"
 * C5CountryCode.safeParse("US").success; // false
 * ```
 */
export const C5CountryCode = z.enum(C5_COUNTRY_CODES).meta({ description: "ISO 3166-1 alpha-2 code of a C5 state." });
/**
 * A C5 country code.
 *
 * @category Schemas
 */
export type C5CountryCode = z.infer<typeof C5CountryCode>;

/**
 * A party to a partnership: a country (ISO 3166-1 alpha-2) or the European Union (`EU`, a code ISO 3166
 * reserves for it).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PartyCode } from "c5-minerals/schemas";
 * PartyCode.parse("EU"); // "EU"
 * ```
 */
export const PartyCode = Alpha2.meta({
  description: "ISO 3166-1 alpha-2 code of a country, or 'EU' (exceptionally reserved) for the European Union.",
});

/**
 * A point on the Earth in decimal degrees (WGS 84): latitude in [-90, 90], longitude in [-180, 180].
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Coordinates } from "c5-minerals/schemas";
 * Coordinates.parse({ lat: 43.65, lon: 51.2 });
 * Coordinates.safeParse({ lat: 91, lon: 0 }).success; // false
 * ```
 */
export const Coordinates = z
  .strictObject({
    lat: z.number().min(-90).max(90).meta({ description: "Latitude in decimal degrees, north positive." }),
    lon: z.number().min(-180).max(180).meta({ description: "Longitude in decimal degrees, east positive." }),
  })
  .meta({ id: "Coordinates", description: "WGS 84 point in decimal degrees." });
/**
 * A WGS 84 point.
 *
 * @category Schemas
 */
export type Coordinates = z.infer<typeof Coordinates>;

/**
 * A list of source ids backing a record; at least one, none repeated.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SourceRefs } from "c5-minerals/schemas";
 * SourceRefs.parse(["usgs-mcs-2026-chromium"]);
 * SourceRefs.safeParse([]).success; // false
 * ```
 */
export const SourceRefs = uniqueArray(Id, "source id")
  .min(1, "Give at least one source id")
  .meta({ description: "Ids of the Source records this record's facts come from (at least one, no repeats)." });

/**
 * An array whose items (or the key picked from each item) must not repeat.
 * Used for member lists, symbol lists and source lists.
 *
 * @category Schemas
 * @example
 * ```ts
 * import * as z from "zod";
 * import { uniqueArray } from "c5-minerals/schemas";
 * uniqueArray(z.string(), "symbol").safeParse(["Nd", "Nd"]).success; // false
 * ```
 */
export function uniqueArray<T extends z.ZodType>(item: T, what: string, key: (value: z.output<T>) => unknown = (value) => value) {
  if (item === null || typeof item !== "object" || !("_zod" in item))
    throw new TypeError(`item must be a zod schema, got ${kindOf(item)}`);
  requireString(what, "what");
  requireFunction(key, "key");
  return z.array(item).superRefine((values, ctx) => {
    const seen = new Map<unknown, number>();
    values.forEach((value, index) => {
      const k = key(value);
      const first = seen.get(k);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [index],
          message: `Duplicate ${what} ${JSON.stringify(k)} (first at index ${first})`,
        });
      } else seen.set(k, index);
    });
  });
}
