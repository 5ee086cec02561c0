import * as z from "zod";
import { BASES, FIGURE_STATUSES, TONNES_PER_UNIT as MASS_TONNES_PER_UNIT, MEASURES, UNITS } from "../core/vocabulary.js";
import { Alpha2, Id, uniqueArray } from "./common.js";

/**
 * Units figures are stated in, exactly as the source states them. `t` is the metric ton (tonne).
 * `tU` is metric tons of contained uranium (not U3O8).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Unit } from "c5-minerals/schemas";
 * Unit.parse("kt");
 * ```
 */
export const Unit = z.enum(UNITS).meta({
  description:
    "kg: kilograms; t: metric tons; kt: thousand metric tons; Mt: million metric tons; tU: metric tons of contained uranium; million-m3: million cubic metres.",
});
/**
 * A unit of a figure.
 *
 * @category Schemas
 */
export type Unit = z.infer<typeof Unit>;

/**
 * Metric tons per unit, for the units that measure mass; `null` for units that do not convert to mass
 * (volumes). `tU` converts to tonnes of uranium metal contained.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TONNES_PER_UNIT } from "c5-minerals/schemas";
 * 6_000 * TONNES_PER_UNIT.kt!; // 6,000 kt in tonnes: 6,000,000
 * ```
 */
export const TONNES_PER_UNIT: Readonly<Record<Unit, number | null>> = Object.freeze({
  ...MASS_TONNES_PER_UNIT,
  "million-m3": null,
});

/**
 * What a figure measures.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Measure } from "c5-minerals/schemas";
 * Measure.parse("mine-production");
 * ```
 */
export const Measure = z
  .enum(MEASURES)
  .meta({ description: "The quantity observed: a production stage, reserves, or capacity." });
/**
 * What a figure measures.
 *
 * @category Schemas
 */
export type Measure = z.infer<typeof Measure>;

/**
 * On what basis a quantity is weighed: the `gross-weight` of ore or concentrate, the element or metal
 * `contained` in it, its `oxide-equivalent` (e.g. rare-earth oxide), or the weight of a processed
 * `product` (refined metal, sponge, compound).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Basis } from "c5-minerals/schemas";
 * Basis.parse("gross-weight");
 * ```
 */
export const Basis = z
  .enum(BASES)
  .meta({ description: "gross-weight of ore/concentrate; contained element or metal; oxide-equivalent; product weight." });
/**
 * On what basis a quantity is weighed.
 *
 * @category Schemas
 */
export type Basis = z.infer<typeof Basis>;

/**
 * How the source presents a value: `reported`, `estimated` (marked "e", or by a note on the row such as
 * "Also estimated in 2022"), `withheld` ("W", to avoid disclosing company data), `not-available` ("NA", or
 * a word instead of a number), `not-applicable` ("XX": the quantity does not apply, e.g. reserves of a
 * refined product), `zero` ("—"), `less-than-half-unit` ("s": more than zero but less than half the table's
 * unit, so it rounds to nothing; value null), or `reported-or-estimated`: a printed number read from a copy
 * that lost the source's row-level "e" marks, so the package cannot say whether the source marked it estimated.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FigureStatus } from "c5-minerals/schemas";
 * FigureStatus.parse("withheld");
 * ```
 */
export const FigureStatus = z.enum(FIGURE_STATUSES).meta({
  description:
    "reported; estimated (e, or a row note such as 'Also estimated in 2022'); withheld (W); not-available (NA or a word); not-applicable (XX); zero (—); less-than-half-unit (s: positive but less than half the table's unit, value null); reported-or-estimated (a number read from a copy that lost the source's row-level 'e' marks).",
});
/**
 * How the source presents a value.
 *
 * @category Schemas
 */
export type FigureStatus = z.infer<typeof FigureStatus>;

/** Statuses whose value is null. */
const NULL_STATUSES: ReadonlySet<FigureStatus> = new Set(["withheld", "not-available", "not-applicable", "less-than-half-unit"]);

/**
 * A figure's place: an ISO 3166-1 alpha-2 country, `WORLD` (the world total) or `OTHER` (the source's
 * "other countries" row).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FigureArea } from "c5-minerals/schemas";
 * FigureArea.parse("WORLD");
 * ```
 */
export const FigureArea = z
  .union([Alpha2, z.literal("WORLD"), z.literal("OTHER")])
  .meta({ description: "Alpha-2 country code, or WORLD (world total) or OTHER ('other countries' row)." });
/**
 * A figure's place.
 *
 * @category Schemas
 */
export type FigureArea = z.infer<typeof FigureArea>;

/**
 * One observation: how much of a mineral a country (or the world, or "other countries") produced or holds
 * in reserve in a year, exactly as one edition of one source states it (long format).
 *
 * Rules beyond the field types: `value` is null exactly when `status` is `withheld`, `not-available`,
 * `not-applicable` or `less-than-half-unit`;
 * `status` `zero` means `value` 0; `bound` only qualifies a number; `excludes` only qualifies WORLD or OTHER.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Figure } from "c5-minerals/schemas";
 * const r = Figure.safeParse({ country: "KZ", mineral: "chromium", measure: "mine-production",
 *   basis: "gross-weight", form: "marketable chromite ore", year: 2024, value: null, unit: "kt",
 *   status: "estimated", source: "s", table: "t", vintage: "usgs-mcs-2026" });
 * r.success; // false: an estimate needs a value
 * ```
 */
export const Figure = z
  .strictObject({
    country: FigureArea,
    mineral: Id.meta({ description: "Mineral id." }),
    measure: Measure,
    basis: Basis,
    form: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "What is weighed, in the source's words (e.g. 'marketable chromite ore')." }),
    year: z.number().int().min(1900).max(2100).meta({ description: "Year the observation refers to." }),
    value: z
      .number()
      .nonnegative()
      .nullable()
      .meta({ description: "The value in `unit`; null when withheld, not available, not applicable or less than half a unit." }),
    unit: Unit,
    status: FigureStatus,
    bound: z.enum(["lower", "upper"]).optional().meta({ description: "'lower' when the source gives a lower bound ('>95')." }),
    printed: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The cell exactly as printed in the source (e.g. 'e6,000', 'W', '>95')." }),
    qualifier: z.string().min(1).optional().meta({
      description:
        "What the row measures instead of the column's quantity, as the source prints it in the row label ('exports' for 'Peru (exports)', 'concentrates', 'copper telluride', 'beneficiated'). Rankings, shares of a column and concentration leave such figures out and list them apart.",
    }),
    excludes: uniqueArray(Alpha2, "excluded country")
      .optional()
      .meta({ description: "For WORLD or OTHER: countries the aggregate leaves out (e.g. a world total excluding the US)." }),
    source: Id.meta({ description: "Source id." }),
    table: Id.meta({ description: "Id of the source table (see FigureTable) the figure was read from." }),
    vintage: Id.meta({ description: "Edition the value comes from, e.g. 'usgs-mcs-2026'. Editions revise earlier years." }),
    note: z.string().min(1).optional(),
  })
  .superRefine((figure, ctx) => {
    const nullStatus = NULL_STATUSES.has(figure.status);
    if (nullStatus && figure.value !== null) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `A ${figure.status} figure has value null` });
    }
    if (!nullStatus && figure.value === null) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `A ${figure.status} figure needs a numeric value` });
    }
    if (figure.status === "zero" && figure.value !== 0) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "A zero figure has value 0" });
    }
    if (figure.bound !== undefined && figure.value === null) {
      ctx.addIssue({ code: "custom", path: ["bound"], message: "Only a numeric value can be a bound" });
    }
    if (figure.qualifier !== undefined && (figure.country === "WORLD" || figure.country === "OTHER")) {
      ctx.addIssue({ code: "custom", path: ["qualifier"], message: "Only a country row can qualify what it measures" });
    }
    if (figure.excludes !== undefined && figure.country !== "WORLD" && figure.country !== "OTHER") {
      ctx.addIssue({ code: "custom", path: ["excludes"], message: "Only WORLD or OTHER can exclude countries" });
    }
  })
  .meta({
    id: "Figure",
    description:
      "One observation in long format. Rules: value is null exactly when status is withheld, not-available, not-applicable or less-than-half-unit; status zero means value 0; bound needs a number; excludes only on WORLD/OTHER; qualifier only on a country.",
  });
/**
 * One observation in long format.
 *
 * @category Schemas
 */
export type Figure = z.infer<typeof Figure>;

/**
 * A table in a source from which figures were transcribed, with what it covers. It records which C5
 * states the table names and which it folds into "other countries" or leaves out, so a gap is data.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FigureTable } from "c5-minerals/schemas";
 * FigureTable.shape.c5NotListed.description;
 * ```
 */
export const FigureTable = z
  .strictObject({
    id: Id,
    source: Id,
    otherSources: z.array(Id).min(1).optional().meta({
      description:
        "Further sources the table was read or checked in (e.g. the data release that gave the estimate marks of a table whose values were read in the chapter); the note says what each gave.",
    }),
    vintage: Id,
    mineral: Id,
    title: z.string().min(1).meta({ description: "The table's title in the source." }),
    unitNote: z.string().min(1).meta({ description: "What the source says of units and basis, in the curators' words." }),
    c5Listed: uniqueArray(Alpha2, "country").meta({ description: "C5 states the table names in a row of their own." }),
    c5NotListed: uniqueArray(Alpha2, "country").meta({
      description: "C5 states without a row: folded into 'other countries' or not reported by this source.",
    }),
    kind: z.enum(["world", "alternative"]).optional().meta({
      description:
        "world (default): a table of production or reserves by country with a world total; alternative: figures from a national or company source that differ from the world tables, kept apart and never mixed into their series.",
    }),
    sumTolerance: z
      .number()
      .nonnegative()
      .meta({ description: "How far (in the table's unit) the listed rows may sum from the world total, for rounding." }),
    note: z.string().min(1).optional(),
  })
  .meta({ id: "FigureTable", description: "A source table figures were transcribed from, with its coverage of the C5." });
/**
 * A source table.
 *
 * @category Schemas
 */
export type FigureTable = z.infer<typeof FigureTable>;
