import * as z from "zod";
import { Id, PartialDate, SourceRefs, uniqueArray } from "./common.js";

/**
 * Why an edition holds no table of a mineral: `absent` when the edition was read and USGS printed no world
 * table with a row of a C5 state for it (at most a note naming one), `not-read` when no copy of the edition's
 * table could be read yet.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EditionGapStatus } from "c5-minerals/schemas";
 * EditionGapStatus.options; // ["absent", "not-read"]
 * ```
 */
export const EditionGapStatus = z.enum(["absent", "not-read"]).meta({
  description:
    "absent: the edition was read and prints no world table with a C5 row for the mineral; not-read: the edition's table has not been read (no copy reachable yet).",
});
/**
 * Why an edition holds no table of a mineral.
 *
 * @category Schemas
 */
export type EditionGapStatus = z.infer<typeof EditionGapStatus>;

/**
 * A mineral an edition holds no table of, and why, in the curators' words.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EditionGap } from "c5-minerals/schemas";
 * EditionGap.safeParse({ mineral: "iodine", status: "not-read", reason: "No copy found." }).success; // true
 * ```
 */
export const EditionGap = z
  .strictObject({
    mineral: Id.meta({ description: "Mineral id." }),
    status: EditionGapStatus,
    reason: z.string().min(1).meta({ description: "What was read (or looked for) and what it shows." }),
    sources: SourceRefs.optional().meta({ description: "Sources read to establish an absence." }),
  })
  .meta({ id: "EditionGap", description: "A mineral an edition holds no table of, and why." });
/**
 * A mineral an edition holds no table of, and why.
 *
 * @category Schemas
 */
export type EditionGap = z.infer<typeof EditionGap>;

/**
 * One edition of a statistical series the package transcribes (today the USGS Mineral Commodity Summaries):
 * who published it and when, the years its production columns cover, the data release behind it, the tables
 * the package holds from it, and the minerals it holds no table of, each with a reason.
 *
 * Rules beyond the field types (checked by `npm run generate`): `tables` are exactly the figure tables of
 * this vintage; a mineral is never both in a table and in `gaps`; every source exists.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Edition } from "c5-minerals/schemas";
 * Edition.shape.gaps.description;
 * ```
 */
export const Edition = z
  .strictObject({
    id: Id.meta({ description: "The vintage the figures carry, e.g. 'usgs-mcs-2025'." }),
    series: Id.meta({ description: "The edition series, the id without its year: 'usgs-mcs'." }),
    publisher: z.string().min(1),
    title: z.string().min(1).meta({ description: "The edition's title as published." }),
    published: PartialDate.meta({
      description: "When the edition was published, as precisely as a source read says (year, month or day).",
    }),
    years: uniqueArray(z.number().int().min(1900).max(2100), "year")
      .min(1)
      .meta({ description: "The years the edition's production columns give (reserves are stated for the latest)." }),
    dataRelease: z
      .strictObject({
        doi: z
          .string()
          .regex(/^10\.\d{4,9}\/\S+$/)
          .meta({ description: "DOI of the data release, e.g. 10.5066/P9WCYUI6." }),
        note: z.string().min(1).optional(),
      })
      .nullable()
      .meta({ description: "The data release behind the edition, or null when none is known." }),
    sources: SourceRefs.meta({ description: "Sources for the edition's date, DOI and contents." }),
    tables: uniqueArray(Id, "table id").meta({ description: "Ids of the figure tables the package holds from this edition." }),
    gaps: z
      .array(EditionGap)
      .meta({ description: "Minerals with a table in some edition but none in this one, each with a reason." }),
    note: z.string().min(1).optional(),
  })
  .meta({ id: "Edition", description: "An edition of a statistical series: publication, years, data release, tables, gaps." });
/**
 * An edition of a statistical series.
 *
 * @category Schemas
 */
export type Edition = z.infer<typeof Edition>;
