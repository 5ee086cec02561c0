/**
 * Trade and investment measures of the C5 states: export bans, quotas, duties, licences, the state's
 * right of first purchase, processing requirements. The kinds follow the OECD Inventory of Export
 * Restrictions on Industrial Raw Materials where it names the measure, and say so where they go beyond it.
 *
 * @module
 */
import * as z from "zod";
import { isPartialDate } from "../core/partial-dates.js";
import { EVIDENCE_KINDS, TRADE_MEASURE_KINDS } from "../core/vocabulary.js";
import { C5CountryCode, certainlyBefore, Id, IsoDate, PartialDate, SourceRefs, uniqueArray } from "./common.js";

/**
 * The kinds of measure, in a vocabulary that follows the OECD Inventory of Export Restrictions on
 * Industrial Raw Materials. `export-prohibition`, `export-quota`, `export-tax`, `licensing-requirement`,
 * `minimum-export-price`, `captive-mining` and `customs-clearance-restriction` are measure types the OECD
 * names; `pre-emptive-right` (the state's right of first purchase), `domestic-processing-requirement` and
 * `exclusive-trading-right` (a state body's monopoly on buying or exporting) are this package's additions
 * for rules the C5 use that restrict exports in the same way (see docs/measures-and-policy.md).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TradeMeasureKind } from "c5-minerals/schemas";
 * TradeMeasureKind.options.includes("export-prohibition"); // true
 * ```
 */
export const TradeMeasureKind = z.enum(TRADE_MEASURE_KINDS).meta({
  description:
    "OECD inventory types: export-prohibition (ban), export-quota, export-tax (duty), licensing-requirement, minimum-export-price, captive-mining, customs-clearance-restriction. Additions: pre-emptive-right (state's right of first purchase), domestic-processing-requirement, exclusive-trading-right (a state body's monopoly on buying or exporting).",
});
/**
 * The kind of a measure.
 *
 * @category Schemas
 */
export type TradeMeasureKind = z.infer<typeof TradeMeasureKind>;

/**
 * What kind of source a record rests on, from the strongest: the act itself, an official release, a
 * tracker (an inventory or legal database summary), a law firm's commentary, or a news report.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Evidence } from "c5-minerals/schemas";
 * Evidence.parse("act"); // "act"
 * ```
 */
export const Evidence = z.enum(EVIDENCE_KINDS).meta({
  description:
    "act: the legal text (or a database copy of it); official-release: a government or organisation release; tracker: an inventory or monitoring service; legal-commentary: a law firm's note; news: a press report.",
});
/**
 * What kind of source a record rests on.
 *
 * @category Schemas
 */
export type Evidence = z.infer<typeof Evidence>;

/**
 * The act that lays a measure or a policy event down: its title as the source gives it (in English),
 * its number, who issued it, and what kind of instrument it is.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Act } from "c5-minerals/schemas";
 * Act.parse({ title: "Code on Subsoil and Subsoil Use", number: "125-VI", instrument: "code" }).number; // "125-VI"
 * ```
 */
export const Act = z
  .strictObject({
    title: z.string().min(1).meta({ description: "Title as the source gives it, in English where the source translates it." }),
    number: z.string().min(1).optional().meta({ description: "The act's number as printed (e.g. '125-VI', 'No. 449')." }),
    issuer: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Who issued or signed it (President, Cabinet of Ministers, a ministry), when a source names it." }),
    instrument: z
      .enum(["code", "law", "decree", "resolution", "order", "decision", "agreement", "rules"])
      .optional()
      .meta({ description: "code, law, decree, resolution, order, decision, agreement or rules, when a source says." }),
  })
  .meta({ id: "Act", description: "The legal act behind a measure or event." });
/**
 * The legal act behind a measure or event.
 *
 * @category Schemas
 */
export type Act = z.infer<typeof Act>;

/**
 * A Harmonized System code: a four-digit heading or a six-digit subheading of HS 2022, digits only.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { HsHeading } from "c5-minerals/schemas";
 * HsHeading.parse("7204"); // "7204"
 * HsHeading.safeParse("7204.10").success; // false
 * ```
 */
export const HsHeading = z
  .string()
  .regex(/^\d{4}(?:\d{2})?$/, "Expected an HS heading (4 digits) or subheading (6 digits), digits only")
  .meta({ description: "HS 2022 heading (4 digits) or subheading (6 digits), digits only." });

/**
 * One product a measure covers: the act's own wording, the minerals of the package it concerns and the
 * HS 2022 codes it falls under. `hsFrom` says whether the codes are the act's (`act`: printed in it, or the
 * first six digits of a national code it prints) or the curators' reading of the wording (`curator`).
 *
 * Rules beyond the field types: at least one mineral or HS code (or `allMinerals`); `hsFrom` is given
 * exactly when there are codes.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TradeMeasureProduct } from "c5-minerals/schemas";
 * TradeMeasureProduct.safeParse({ wording: "gold-bearing ore", minerals: [], hs: [] }).success; // false
 * ```
 */
export const TradeMeasureProduct = z
  .strictObject({
    wording: z.string().min(1).meta({ description: "The product as the act (or the source quoting it) words it." }),
    minerals: uniqueArray(Id, "mineral id").meta({ description: "Mineral ids of the package the product is or contains." }),
    allMinerals: z
      .literal(true)
      .optional()
      .meta({ description: "The product is every mineral (a rule on all subsoil-use rights); it then matches any mineral." }),
    hs: uniqueArray(HsHeading, "HS code").meta({ description: "HS 2022 headings or subheadings the product falls under." }),
    hsFrom: z.enum(["act", "curator"]).optional().meta({
      description: "act: the codes are printed in the act or its source; curator: the curators' reading of the wording.",
    }),
    nationalCodes: uniqueArray(z.string().min(1), "national code")
      .optional()
      .meta({ description: "Codes of a national or EAEU nomenclature exactly as printed (e.g. '2616 90 000 0')." }),
  })
  .superRefine((p, ctx) => {
    if (p.minerals.length === 0 && p.hs.length === 0 && p.allMinerals !== true)
      ctx.addIssue({
        code: "custom",
        path: ["minerals"],
        message: "A product names at least one mineral id or HS code, or allMinerals",
      });
    if (p.hs.length > 0 !== (p.hsFrom !== undefined))
      ctx.addIssue({ code: "custom", path: ["hsFrom"], message: "hsFrom is given exactly when hs lists codes" });
  })
  .meta({ id: "TradeMeasureProduct", description: "A product a measure covers. Rule: at least one mineral or HS code." });
/**
 * A product a measure covers.
 *
 * @category Schemas
 */
export type TradeMeasureProduct = z.infer<typeof TradeMeasureProduct>;

/**
 * The dates of a measure, each only when a source says so: signed (or adopted), published, in force,
 * the end the act itself sets, and when it actually ended (repeal, expiry stated by a source).
 * `plannedInForce` is a start date the act set that did not (or not yet) take effect; `reported` is the date of the
 * report that is the only dated trace of a measure, never an event date. `termMonths` is the term the act
 * states ("for six months").
 *
 * Rules beyond the field types: signed ≤ published ≤ in force ≤ ended, and signed ≤ ends, where given.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TradeMeasureDates } from "c5-minerals/schemas";
 * TradeMeasureDates.safeParse({ signed: "2024-04-23", inForce: "2024-04-01" }).success; // false
 * ```
 */
export const TradeMeasureDates = z
  .strictObject({
    signed: PartialDate.optional().meta({ description: "When the act was signed or adopted." }),
    published: PartialDate.optional().meta({ description: "When it was officially published." }),
    inForce: PartialDate.optional().meta({ description: "When it took effect." }),
    plannedInForce: PartialDate.optional().meta({
      description: "A start the act set that has not taken effect (postponed or repealed first).",
    }),
    ends: PartialDate.optional().meta({ description: "The last day the act itself sets ('until 9 January 2016')." }),
    ended: PartialDate.optional().meta({
      description: "When it actually ended: repealed, replaced or lapsed, as a source says.",
    }),
    termMonths: z.number().int().positive().optional().meta({ description: "The term the act states, in months." }),
    reported: IsoDate.optional().meta({
      description: "Date of the report that is the measure's only dated trace; not an event date.",
    }),
    note: z.string().min(1).optional().meta({ description: "What the sources say, and leave open, about the dates." }),
  })
  .superRefine((d, ctx) => {
    const order: (keyof typeof d)[] = ["signed", "published", "inForce", "ended"];
    const present = order.filter((k) => typeof d[k] === "string") as ("signed" | "published" | "inForce" | "ended")[];
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const a = present[i] as "signed";
        const b = present[j] as "signed";
        const first = d[a] as string;
        const later = d[b] as string;
        if (datesBefore(later, first))
          ctx.addIssue({ code: "custom", path: [b], message: `${b} (${later}) is before ${a} (${first})` });
      }
    }
    if (d.signed !== undefined && d.ends !== undefined && datesBefore(d.ends, d.signed))
      ctx.addIssue({ code: "custom", path: ["ends"], message: `ends (${d.ends}) is before signed (${d.signed})` });
    if (d.inForce !== undefined && d.plannedInForce !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["plannedInForce"],
        message: "A measure that took effect has inForce, not plannedInForce",
      });
  })
  .meta({ id: "TradeMeasureDates", description: "A measure's dates. Rule: signed ≤ published ≤ inForce ≤ ended." });
/**
 * A measure's dates.
 *
 * @category Schemas
 */
export type TradeMeasureDates = z.infer<typeof TradeMeasureDates>;

/**
 * How a measure relates to an earlier one: it `amends` it, `extends` or `renews` it for a further term,
 * `replaces` it, or `repeals` it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TradeMeasureRelation } from "c5-minerals/schemas";
 * TradeMeasureRelation.parse({ kind: "amends", measure: "kg-2022-gold-ore-concentrate-export-ban" });
 * ```
 */
export const TradeMeasureRelation = z
  .strictObject({
    kind: z.enum(["amends", "extends", "renews", "replaces", "repeals"]),
    measure: Id.meta({ description: "Id of the measure it changes." }),
  })
  .meta({ id: "TradeMeasureRelation", description: "How a measure changes an earlier one." });
/**
 * How a measure changes an earlier one.
 *
 * @category Schemas
 */
export type TradeMeasureRelation = z.infer<typeof TradeMeasureRelation>;

/**
 * A claim on which sources disagree (a date, a scope, a figure), with each source's version.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Disagreement } from "c5-minerals/schemas";
 * Disagreement.parse({ about: "date", claims: [{ says: "13 April 2020", source: "a" }, { says: "14 April 2020", source: "b" }] });
 * ```
 */
export const Disagreement = z
  .strictObject({
    about: z.string().min(1).meta({ description: "What the sources disagree on." }),
    claims: z
      .array(
        z.strictObject({
          says: z.string().min(1).meta({ description: "The claim, in the curators' words." }),
          by: z.string().min(1).optional().meta({ description: "Who makes the claim, when not the source's publisher." }),
          source: Id,
        }),
      )
      .min(2)
      .meta({ description: "Each source's version, at least two." }),
  })
  .meta({ id: "Disagreement", description: "A claim sources disagree on, each version with its source." });
/**
 * A claim sources disagree on.
 *
 * @category Schemas
 */
export type Disagreement = z.infer<typeof Disagreement>;

/**
 * A trade or investment measure of a C5 state: the act, its kind, the products, the dates, how it
 * changes earlier measures, and the sources.
 *
 * Rules beyond the field types: a measure does not relate to itself; the dates are ordered (see
 * {@link TradeMeasureDates}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TradeMeasure } from "c5-minerals/schemas";
 * TradeMeasure.shape.kind.options.length; // 10
 * ```
 */
export const TradeMeasure = z
  .strictObject({
    id: Id,
    country: C5CountryCode,
    kind: TradeMeasureKind,
    name: z.string().min(1).meta({ description: "Short name, in the curators' words." }),
    act: Act,
    products: z.array(TradeMeasureProduct).min(1).meta({ description: "What it covers, at least one product." }),
    scope: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Limits of its reach: destinations, transport modes, exemptions, quantities." }),
    dates: TradeMeasureDates,
    series: Id.optional().meta({
      description: "Id shared by the successive terms of one recurring measure (a six-monthly ban).",
    }),
    relation: TradeMeasureRelation.optional(),
    summary: z.string().min(1).meta({ description: "What it does, in the curators' words." }),
    evidence: Evidence,
    disagreements: z.array(Disagreement).optional(),
    facilities: uniqueArray(Id, "facility id")
      .optional()
      .meta({ description: "Facilities the act names (an exclusive processor)." }),
    sources: SourceRefs,
  })
  .superRefine((m, ctx) => {
    if (m.relation?.measure === m.id)
      ctx.addIssue({ code: "custom", path: ["relation", "measure"], message: "A measure cannot change itself" });
  })
  .meta({
    id: "TradeMeasure",
    description: "A trade or investment measure of a C5 state. Rules: dates ordered; no relation to itself.",
  });
/**
 * A trade or investment measure of a C5 state.
 *
 * @category Schemas
 */
export type TradeMeasure = z.infer<typeof TradeMeasure>;

/** Whether date `a` is certainly before `b`, false when either is not a valid date (its own issue says so). */
const datesBefore = (a: string, b: string) => isPartialDate(a) && isPartialDate(b) && certainlyBefore(a, b);
