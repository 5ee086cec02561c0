import * as z from "zod";
import { Alpha2, C5_COUNTRY_CODES, C5CountryCode, Id } from "./common.js";

/**
 * How a net import reliance cell is printed: a number (`"77"`), a bound (`">95"`, `"<50"`), or a mark
 * instead of a number: `E` (net exporter), `W` (withheld), `NA` (not available).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RelianceMark } from "c5-minerals/schemas";
 * RelianceMark.options.includes("net-exporter"); // true
 * ```
 */
export const RelianceMark = z.enum(["value", "greater-than", "less-than", "net-exporter", "withheld", "not-available"]).meta({
  description:
    "value: a plain number; greater-than / less-than: a bound printed with > or <; net-exporter: printed 'E'; withheld: printed 'W'; not-available: printed 'NA'.",
});
/**
 * How a net import reliance cell is printed.
 *
 * @category Schemas
 */
export type RelianceMark = z.infer<typeof RelianceMark>;

/**
 * The chapter's "Net import reliance as a percentage of apparent consumption" for one year, as printed.
 * `value` is the number printed (the bound for `>`/`<`), null exactly when the cell is a mark (`E`, `W`, `NA`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { NetImportReliance } from "c5-minerals/schemas";
 * NetImportReliance.parse({ year: 2024, estimated: true, printed: "E", mark: "net-exporter", value: null });
 * NetImportReliance.safeParse({ year: 2024, estimated: true, printed: "E", mark: "value", value: 5 }).success; // false
 * ```
 */
export const NetImportReliance = z
  .strictObject({
    year: z.number().int().min(1900).max(2100).meta({ description: "The year of the column read (the chapter's latest)." }),
    estimated: z.boolean().meta({ description: "True when the column header carries the 'e' (estimated) mark." }),
    printed: z.string().min(1).meta({ description: "The cell exactly as printed: '77', '>95', '<50', 'E', 'W', 'NA'." }),
    mark: RelianceMark,
    value: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .meta({ description: "Percent printed (the bound for > and <); null for E, W, NA." }),
    scope: z.string().min(1).optional().meta({
      description: "The salient-statistics block the row belongs to when a chapter has several (e.g. 'Titanium sponge metal').",
    }),
  })
  .superRefine((r, ctx) => {
    const expected: Record<RelianceMark, RegExp> = {
      value: /^\d+(\.\d+)?$/,
      "greater-than": /^>\d+(\.\d+)?$/,
      "less-than": /^<\d+(\.\d+)?$/,
      "net-exporter": /^E$/,
      withheld: /^W$/,
      "not-available": /^NA$/,
    };
    if (!expected[r.mark].test(r.printed))
      ctx.addIssue({ code: "custom", path: ["printed"], message: `'${r.printed}' is not how a '${r.mark}' cell is printed` });
    const numeric = r.mark === "value" || r.mark === "greater-than" || r.mark === "less-than";
    if (numeric !== (r.value !== null))
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: numeric ? "A numeric cell needs its value" : "A mark has no value (null)",
      });
    else if (numeric && r.value !== Number(r.printed.replace(/^[<>]/, "")))
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `value ${String(r.value)} differs from the printed '${r.printed}'`,
      });
  })
  .meta({ id: "NetImportReliance", description: "Net import reliance for one year, as printed, with its mark typed." });
/**
 * Net import reliance for one year, as printed.
 *
 * @category Schemas
 */
export type NetImportReliance = z.infer<typeof NetImportReliance>;

/**
 * One partner in an "Import Sources" list: the name as printed, its country code (`OTHER` for "other"),
 * and its share of US imports in percent, as printed.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ImportPartner } from "c5-minerals/schemas";
 * ImportPartner.parse({ printed: "Kazakhstan", country: "KZ", share: 24 });
 * ```
 */
export const ImportPartner = z
  .strictObject({
    printed: z
      .string()
      .min(1)
      .meta({ description: "The partner's name as printed ('Kazakhstan', 'Congo (Kinshasa)', 'other')." }),
    country: z
      .union([Alpha2, z.literal("OTHER")])
      .meta({ description: "ISO 3166-1 alpha-2 code; OTHER for the printed 'other'." }),
    share: z.number().min(0).max(100).meta({ description: "Share of US imports over the period, percent, as printed." }),
    footnote: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The chapter's footnote on this partner, in our words (e.g. that China includes Hong Kong)." }),
  })
  .meta({ id: "ImportPartner", description: "A partner in an Import Sources list, with its share as printed." });
/**
 * A partner in an Import Sources list.
 *
 * @category Schemas
 */
export type ImportPartner = z.infer<typeof ImportPartner>;

/**
 * US import dependence as one MCS chapter prints it for one product: the chapter's "Import Sources
 * (period)" list for that product when it names a C5 state, the C5 partners in it, and the chapter's net
 * import reliance for its latest year. One record per edition, mineral and product.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ImportDependence } from "c5-minerals/schemas";
 * const r = ImportDependence.safeParse({
 *   id: "example-import-dependence", vintage: "usgs-mcs-2025", mineral: "beryllium", product: null,
 *   period: { from: 2020, to: 2023, printed: "2020–23" },
 *   partners: [{ printed: "Kazakhstan", country: "KZ", share: 39 }, { printed: "other", country: "OTHER", share: 61 }],
 *   c5Partners: ["KZ"],
 *   netImportReliance: { year: 2024, estimated: true, printed: "E", mark: "net-exporter", value: null },
 *   readAs: "verbatim", source: "example-source",
 * });
 * r.success; // true
 * ```
 */
export const ImportDependence = z
  .strictObject({
    id: Id.meta({ description: "Stable id: <vintage>-<mineral>-<product>." }),
    vintage: Id.meta({ description: "The edition, e.g. 'usgs-mcs-2025'." }),
    mineral: Id.meta({ description: "Mineral id of the chapter." }),
    product: z.string().min(1).nullable().meta({
      description: "The product as printed ('Chromium-containing chemicals'); null when the chapter prints one list for all.",
    }),
    period: z
      .strictObject({
        from: z.number().int().min(1900).max(2100),
        to: z.number().int().min(1900).max(2100),
        printed: z.string().min(1).meta({ description: "The period as printed, e.g. '2020–23'." }),
      })
      .refine((p) => p.from <= p.to, "period.from must not be after period.to")
      .meta({ description: "The years the shares cover." }),
    partners: z
      .array(ImportPartner)
      .min(1)
      .superRefine((ps, ctx) => {
        const total = ps.reduce((s, p) => s + p.share, 0);
        if (total > 100.5) ctx.addIssue({ code: "custom", message: `Partner shares add up to ${String(total)}%, more than 100` });
        const seen = new Set<string>();
        for (const [i, p] of ps.entries()) {
          if (p.country !== "OTHER" && seen.has(p.country))
            ctx.addIssue({ code: "custom", path: [i, "country"], message: `Partner ${p.country} listed twice` });
          seen.add(p.country);
        }
      })
      .meta({ description: "Every partner in the printed list, in printed order, with its share." }),
    c5Partners: z
      .array(C5CountryCode)
      .min(1)
      .meta({ description: "The C5 states among the partners (the reason the record exists), in printed order." }),
    netImportReliance: NetImportReliance,
    readAs: z.enum(["verbatim", "extraction", "data-release"]).meta({
      description:
        "verbatim: the sentence was read as printed (in a text copy of the PDF); extraction: read in a structured extraction of the PDF that lists partners per product but not the sentence; data-release: read in the USGS data release of the edition, which gives one row per product and partner (the values of the sentence, not its wording).",
    }),
    source: Id.meta({ description: "The chapter's Source id, or the edition's data release for that chapter." }),
    note: z.string().min(1).optional().meta({ description: "Curators' note in their own words." }),
  })
  .superRefine((r, ctx) => {
    const c5 = r.partners
      .map((p) => p.country)
      .filter((c): c is C5CountryCode => (C5_COUNTRY_CODES as readonly string[]).includes(c));
    if (JSON.stringify(c5) !== JSON.stringify(r.c5Partners))
      ctx.addIssue({
        code: "custom",
        path: ["c5Partners"],
        message: `Expected the C5 partners ${JSON.stringify(c5)}, in printed order`,
      });
  })
  .meta({
    id: "ImportDependence",
    description:
      "US import sources naming a C5 state, for one MCS edition, mineral and product, with the chapter's net import reliance. Partner shares are 0..100 and add up to at most 100; c5Partners are exactly the C5 partners.",
  });
/**
 * US import dependence on the C5 for one edition, mineral and product.
 *
 * @category Schemas
 */
export type ImportDependence = z.infer<typeof ImportDependence>;
