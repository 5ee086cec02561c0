import * as z from "zod";
import { Alpha2, comparePartialDates, Id, IsoDate, PartialDate, uniqueArray } from "./common.js";

/**
 * One entry of a critical-mineral list in the list's own wording, mapped to mineral ids.
 * One entry may map to several minerals ("Bauxite/Alumina/Aluminium") or to a group ("Rare earth elements").
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ListEntry } from "c5-minerals/schemas";
 * ListEntry.parse({ name: "Rare earth elements", minerals: ["rare-earths"] });
 * ```
 */
export const ListEntry = z
  .strictObject({
    name: z.string().min(1).meta({ description: "The entry as the list words it." }),
    minerals: uniqueArray(Id, "mineral id").min(1).meta({ description: "Mineral ids the entry covers." }),
    note: z.string().min(1).optional(),
  })
  .meta({ id: "ListEntry", description: "A list entry in the issuer's wording, mapped to mineral ids." });
/**
 * A list entry.
 *
 * @category Schemas
 */
export type ListEntry = z.infer<typeof ListEntry>;

/**
 * How far a list got: a `draft` or `proposal` put out for comment or legislation, a `final` list, or a list
 * `announced` by an official without a published act.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ListStage } from "c5-minerals/schemas";
 * ListStage.parse("draft"); // "draft"
 * ```
 */
export const ListStage = z
  .enum(["draft", "proposal", "final", "announced"])
  .meta({ description: "draft, proposal, final, or announced (no published act)." });
/**
 * How far a list got.
 *
 * @category Schemas
 */
export type ListStage = z.infer<typeof ListStage>;

/**
 * Where the entry names were read: in the issuer's own publication (`issuer`), in a copy that reproduces
 * the list (`copy`: a repost, a database, a report printing the whole list), or `reconstructed` from an
 * account of what the list holds, when the list's own wording was not found.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ListWording } from "c5-minerals/schemas";
 * ListWording.options; // ["issuer", "copy", "reconstructed"]
 * ```
 */
export const ListWording = z
  .enum(["issuer", "copy", "reconstructed"])
  .meta({ description: "Where the entry names were read: issuer, copy, or reconstructed from an account of the list." });
/**
 * Where the entry names were read.
 *
 * @category Schemas
 */
export type ListWording = z.infer<typeof ListWording>;

/**
 * The dates of a list edition, each to the precision its source gives, or `null` when the step does not
 * apply or is not known (the `note` says which). Every key is present, so a missing date is never silent.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ListDates } from "c5-minerals/schemas";
 * ListDates.parse({ proposed: "2023-03-16", adopted: "2024-04-11", published: "2024-05-03",
 *   inForce: "2024-05-23", superseded: null }).inForce; // "2024-05-23"
 * ```
 */
export const ListDates = z
  .strictObject({
    proposed: PartialDate.nullable().meta({ description: "When a draft or proposal of this list was put out." }),
    adopted: PartialDate.nullable().meta({ description: "When the issuer adopted or approved it." }),
    published: PartialDate.nullable().meta({ description: "When it was published." }),
    inForce: PartialDate.nullable().meta({ description: "When it took legal force (null for lists that are not legal acts)." }),
    superseded: PartialDate.nullable().meta({ description: "When a later edition replaced it; null while it is current." }),
    note: z.string().min(1).optional().meta({ description: "What a null means here, and where the dates come from." }),
  })
  .meta({
    id: "ListDates",
    description: "Proposed, adopted, published, in-force and superseded dates; null when not applicable or not known.",
  });
/**
 * The dates of a list edition.
 *
 * @category Schemas
 */
export type ListDates = z.infer<typeof ListDates>;

/**
 * The changes the issuer itself states against an earlier edition, in the issuer's words. An absent key means
 * the issuer says nothing on it; an empty array means it says there are none.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ListChanges } from "c5-minerals/schemas";
 * ListChanges.parse({ against: "us-2022-critical-minerals", added: ["copper"], removed: ["arsenic"],
 *   source: "doi-2025-08-25-draft-critical-minerals-release" }).removed; // ["arsenic"]
 * ```
 */
export const ListChanges = z
  .strictObject({
    against: Id.meta({ description: "Id of the list the changes are stated against." }),
    added: z.array(z.string().min(1)).optional().meta({ description: "Entries the issuer says are new." }),
    removed: z.array(z.string().min(1)).optional().meta({ description: "Entries the issuer says are dropped." }),
    renamed: z
      .array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) }))
      .optional()
      .meta({ description: "Entries the issuer says were renamed." }),
    note: z.string().min(1).optional(),
    source: Id.meta({ description: "Where the issuer states the changes." }),
  })
  .meta({ id: "ListChanges", description: "Changes the issuer states against an earlier edition, in its own words." });
/**
 * Changes an issuer states.
 *
 * @category Schemas
 */
export type ListChanges = z.infer<typeof ListChanges>;

/**
 * An official list of critical (or strategic) minerals or raw materials.
 *
 * Rules beyond the field types: the number of entries equals `statedCount`, the count the issuer states;
 * no entry name repeats; a list that is not `final` is never in force; it is not superseded before its date.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CriticalMineralList } from "c5-minerals/schemas";
 * const r = CriticalMineralList.safeParse({ id: "x", title: "X", issuer: "X", jurisdiction: "US",
 *   kind: "critical", family: "x", stage: "final", date: "2022-02-24",
 *   dates: { proposed: null, adopted: null, published: "2022-02-24", inForce: null, superseded: null },
 *   legalReference: "87 FR 10381", statedCount: 2, entries: [{ name: "Nickel", minerals: ["nickel"] }],
 *   wording: "issuer", source: "s" });
 * r.success; // false: one entry but a stated count of two
 * ```
 */
export const CriticalMineralList = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    issuer: z.string().min(1).meta({ description: "Body that issued the list." }),
    jurisdiction: Alpha2.meta({ description: "Alpha-2 code of the jurisdiction ('EU' for the European Union)." }),
    kind: z.enum(["critical", "strategic"]).meta({ description: "critical or strategic (EU Annex I)." }),
    family: Id.meta({
      description:
        "The series of editions the list belongs to (e.g. 'us-critical-minerals'); editions of one family chain by supersedes.",
    }),
    stage: ListStage,
    date: IsoDate.meta({ description: "Date the list was published or adopted." }),
    dates: ListDates,
    legalReference: z
      .string()
      .min(1)
      .meta({ description: "Citation, e.g. '87 FR 10381' or 'Regulation (EU) 2024/1252, Annex II'." }),
    statedCount: z.number().int().positive().meta({ description: "Number of entries the issuer states." }),
    entries: uniqueArray(ListEntry, "entry", (e) => e.name.toLowerCase()),
    wording: ListWording,
    supersedes: Id.optional().meta({ description: "Id of the earlier final edition of the family this one replaces." }),
    proposedAs: Id.optional().meta({ description: "Id of the draft or proposal that preceded this final list." }),
    changes: ListChanges.optional(),
    note: z.string().min(1).optional(),
    source: Id,
    otherSources: z.array(Id).min(1).optional().meta({ description: "Further sources for dates and changes." }),
  })
  .superRefine((list, ctx) => {
    if (list.entries.length !== list.statedCount) {
      ctx.addIssue({
        code: "custom",
        path: ["entries"],
        message: `The list has ${list.entries.length} entries but states ${list.statedCount}`,
      });
    }
    if (list.stage !== "final" && list.dates.inForce !== null) {
      ctx.addIssue({ code: "custom", path: ["dates", "inForce"], message: `A ${list.stage} list is never in force` });
    }
    const { superseded } = list.dates;
    if (superseded !== null && comparePartialDates(superseded, list.date.slice(0, superseded.length)) < 0) {
      ctx.addIssue({ code: "custom", path: ["dates", "superseded"], message: "A list cannot be superseded before its date" });
    }
  })
  .meta({
    id: "CriticalMineralList",
    description:
      "An official critical-mineral list. Rules: entries.length equals statedCount; a list that is not final has no inForce date; superseded is not before date.",
  });
/**
 * An official critical-mineral list.
 *
 * @category Schemas
 */
export type CriticalMineralList = z.infer<typeof CriticalMineralList>;

/**
 * Why a list was considered and left out of the data.
 *
 * @category Schemas
 */
export const OmissionReason = z
  .enum(["entries-not-read", "no-official-list", "incomplete", "low-confidence"])
  .meta({ description: "entries-not-read, no-official-list, incomplete, or low-confidence." });
/**
 * Why a list was left out.
 *
 * @category Schemas
 */
export type OmissionReason = z.infer<typeof OmissionReason>;

/**
 * A list that was considered and left out of the lists dataset, and why: its entries could not be read, no
 * official list was found, what was read is incomplete, or the copies read disagree. Recording it keeps a gap
 * from looking like an absence.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { OmittedList } from "c5-minerals/schemas";
 * const omitted = OmittedList.parse({ id: "kz-critical-minerals", jurisdiction: "KZ", title: "Kazakhstan's critical minerals",
 *   issuer: "Government of Kazakhstan", reason: "no-official-list", note: "None found.", sources: [] });
 * omitted.reason; // "no-official-list"
 * ```
 */
export const OmittedList = z
  .strictObject({
    id: Id,
    jurisdiction: Alpha2,
    title: z.string().min(1),
    issuer: z.string().min(1),
    date: PartialDate.optional().meta({ description: "Date of the list or of the report of it, to the precision known." }),
    statedCount: z.number().int().positive().optional().meta({ description: "Number of entries the issuer states, if known." }),
    reason: OmissionReason,
    note: z.string().min(1).meta({ description: "What was found and what is missing." }),
    sources: z.array(Id).meta({ description: "Sources read about it (empty when nothing was found)." }),
  })
  .meta({ id: "OmittedList", description: "A critical-mineral list considered and left out, with the reason." });
/**
 * A list considered and left out.
 *
 * @category Schemas
 */
export type OmittedList = z.infer<typeof OmittedList>;
