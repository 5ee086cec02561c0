import * as z from "zod";
import { Id, SourceRefs, uniqueArray } from "./common.js";

/**
 * A chemical element symbol in its usual case (`Cr`, `Nd`, `W`).
 *
 * @example
 * ```ts
 * import { ElementSymbol } from "c5-minerals/schemas";
 * ElementSymbol.safeParse("CR").success; // false
 * ```
 */
export const ElementSymbol = z
  .string()
  .regex(/^[A-Z][a-z]{0,2}$/, "Expected an element symbol such as 'Cr' or 'Nd'")
  .meta({ description: "Chemical element symbol, capitalised (e.g. 'Cr')." });

/**
 * What a commodity is: a single `element`, an `element-group` such as the rare earths or the
 * platinum-group metals (with members), a `compound`, a `mineral` or ore, a processed `material`, or a `fuel`.
 *
 * @example
 * ```ts
 * import { MineralKind } from "c5-minerals/schemas";
 * MineralKind.parse("element-group");
 * ```
 */
export const MineralKind = z
  .enum(["element", "element-group", "compound", "mineral", "material", "fuel"])
  .meta({ description: "element, element-group (with members), compound, mineral (incl. ores), material, fuel." });
/** What a commodity is. */
export type MineralKind = z.infer<typeof MineralKind>;

/**
 * A Harmonized System tariff code for a commodity, with the HS edition it belongs to.
 *
 * @example
 * ```ts
 * import { HsCode } from "c5-minerals/schemas";
 * HsCode.parse({ code: "2610", edition: "HS2022", source: "wco-hs-2022" });
 * ```
 */
export const HsCode = z
  .strictObject({
    code: z.string().regex(/^\d{4}(?:\.\d{2}){0,2}$/, "Expected an HS heading or subheading such as '2610' or '2805.30'"),
    edition: z.string().regex(/^HS\d{4}$/, "Expected an HS edition such as 'HS2022'"),
    shared: z.boolean().optional().meta({ description: "True when the code also covers other commodities." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .meta({ id: "HsCode", description: "Harmonized System code with its edition." });
/** Harmonized System code with its edition. */
export type HsCode = z.infer<typeof HsCode>;

/**
 * A mineral commodity in the controlled vocabulary that lists and figures point at.
 *
 * Rules beyond the field types: an `element-group` lists at least two `members`, or none when its source
 * names the group without saying which elements it holds; any other kind lists no members.
 *
 * @example
 * ```ts
 * import { Mineral } from "c5-minerals/schemas";
 * Mineral.parse({ id: "chromium", name: "Chromium", aliases: [], kind: "element", symbols: ["Cr"],
 *   hsCodes: [], sources: ["iupac-periodic-table"] });
 * ```
 */
export const Mineral = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    aliases: uniqueArray(z.string().min(1), "alias").meta({ description: "Other names (spellings, group names)." }),
    kind: MineralKind,
    symbols: uniqueArray(ElementSymbol, "symbol").meta({
      description: "Element symbols the commodity is about (its members for a group).",
    }),
    members: uniqueArray(ElementSymbol, "member")
      .optional()
      .meta({ description: "For an element group: the member elements' symbols; omitted when the source does not name them." }),
    hsCodes: z.array(HsCode),
    uses: z.string().min(1).optional().meta({ description: "Main uses, in a short phrase." }),
    sources: SourceRefs,
  })
  .superRefine((mineral, ctx) => {
    if (mineral.kind === "element-group" && mineral.members !== undefined && mineral.members.length < 2) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "An element group lists at least two members, or omits them" });
    }
    if (mineral.kind !== "element-group" && mineral.members !== undefined) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "Only an element group has members" });
    }
  })
  .meta({
    id: "Mineral",
    description:
      "A mineral commodity. Rules: an 'element-group' lists at least two members (or omits them when its source does not name them); other kinds have none.",
  });
/** A mineral commodity. */
export type Mineral = z.infer<typeof Mineral>;
