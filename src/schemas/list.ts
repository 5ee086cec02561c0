import * as z from "zod";
import { Alpha2, Id, IsoDate, uniqueArray } from "./common.js";

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
 * An official list of critical (or strategic) minerals or raw materials.
 *
 * Rules beyond the field types: the number of entries equals `statedCount`, the count the issuer states;
 * no entry name repeats.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CriticalMineralList } from "c5-minerals/schemas";
 * const r = CriticalMineralList.safeParse({ id: "x", title: "X", issuer: "X", jurisdiction: "US",
 *   kind: "critical", date: "2022-02-24", legalReference: "87 FR 10381", statedCount: 2,
 *   entries: [{ name: "Nickel", minerals: ["nickel"] }], source: "s" });
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
    date: IsoDate.meta({ description: "Date the list was published or adopted." }),
    legalReference: z
      .string()
      .min(1)
      .meta({ description: "Citation, e.g. '87 FR 10381' or 'Regulation (EU) 2024/1252, Annex II'." }),
    statedCount: z.number().int().positive().meta({ description: "Number of entries the issuer states." }),
    entries: uniqueArray(ListEntry, "entry", (e) => e.name.toLowerCase()),
    supersedes: Id.optional().meta({ description: "Id of the list this one replaces." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .superRefine((list, ctx) => {
    if (list.entries.length !== list.statedCount) {
      ctx.addIssue({
        code: "custom",
        path: ["entries"],
        message: `The list has ${list.entries.length} entries but states ${list.statedCount}`,
      });
    }
  })
  .meta({
    id: "CriticalMineralList",
    description: "An official critical-mineral list. Rule: entries.length equals statedCount.",
  });
/**
 * An official critical-mineral list.
 *
 * @category Schemas
 */
export type CriticalMineralList = z.infer<typeof CriticalMineralList>;
