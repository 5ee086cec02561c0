import * as z from "zod";
import { Id, SourceRefs, uniqueArray } from "./common.js";

/**
 * A chemical element symbol in its usual case (`Cr`, `Nd`, `W`).
 *
 * @category Schemas
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
 * @category Schemas
 * @example
 * ```ts
 * import { MineralKind } from "c5-minerals/schemas";
 * MineralKind.parse("element-group");
 * ```
 */
export const MineralKind = z
  .enum(["element", "element-group", "compound", "mineral", "material", "fuel"])
  .meta({ description: "element, element-group (with members), compound, mineral (incl. ores), material, fuel." });
/**
 * What a commodity is.
 *
 * @category Schemas
 */
export type MineralKind = z.infer<typeof MineralKind>;

/**
 * A customs tariff code under which a commodity is traded: a Harmonized System (`HS`) heading or
 * subheading with its HS edition, or a US Harmonized Tariff Schedule (`HTSUS`) statistical number with the
 * date the source gives it for. One code can cover several commodities; `shared` says so.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TariffCode } from "c5-minerals/schemas";
 * TariffCode.parse({ system: "HTSUS", code: "2610.00.0020", edition: "2024-12-31",
 *   item: "Chromium ores and concentrates: not more than 40% Cr2O3", source: "usgs-mcs-2025-chromium" });
 * TariffCode.safeParse({ system: "HS", code: "2610.00.0020", edition: "HS2022", item: "x", source: "s" }).success; // false
 * ```
 */
export const TariffCode = z
  .strictObject({
    system: z
      .enum(["HS", "HTSUS"])
      .meta({ description: "HS: the World Customs Organization's Harmonized System; HTSUS: the US Harmonized Tariff Schedule." }),
    code: z.string().min(1).meta({ description: "HS: 2610 or 2610.00; HTSUS: 2610.00.0020." }),
    edition: z
      .string()
      .min(1)
      .meta({ description: "HS: the edition, e.g. HS2022; HTSUS: the date the source gives the schedule for (YYYY-MM-DD)." }),
    item: z.string().min(1).meta({ description: "What the code covers, as the source labels it." }),
    shared: z
      .boolean()
      .optional()
      .meta({ description: "True when the same code also stands for another commodity of the vocabulary." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .superRefine((t, ctx) => {
    const pattern = t.system === "HS" ? /^\d{4}(?:\.\d{2})?$/ : /^\d{4}\.\d{2}\.\d{4}$/;
    if (!pattern.test(t.code)) {
      ctx.addIssue({
        code: "custom",
        path: ["code"],
        message: t.system === "HS" ? "An HS code looks like 2610 or 2610.00" : "An HTSUS number looks like 2610.00.0020",
      });
    }
    const edition = t.system === "HS" ? /^HS\d{4}$/ : /^\d{4}-\d{2}-\d{2}$/;
    if (!edition.test(t.edition)) {
      ctx.addIssue({
        code: "custom",
        path: ["edition"],
        message:
          t.system === "HS" ? "An HS edition looks like HS2022" : "An HTSUS edition is the date of the schedule, YYYY-MM-DD",
      });
    }
  })
  .meta({
    id: "TariffCode",
    description:
      "A customs tariff code. Rules: HS codes look like 2610 or 2610.00 with an edition such as HS2022; HTSUS numbers look like 2610.00.0020 with a date.",
  });
/**
 * A customs tariff code.
 *
 * @category Schemas
 */
export type TariffCode = z.infer<typeof TariffCode>;

/**
 * A mineral commodity in the controlled vocabulary that lists and figures point at.
 *
 * Rules beyond the field types: an `element-group` lists at least two `members`, or none when its source
 * names the group without saying which elements it holds; any other kind lists no members.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Mineral } from "c5-minerals/schemas";
 * Mineral.parse({ id: "chromium", name: "Chromium", aliases: [], kind: "element", symbols: ["Cr"],
 *   tariffCodes: [], sources: ["iupac-periodic-table"] });
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
    tariffCodes: z.array(TariffCode).meta({ description: "Tariff codes the commodity is traded under, as a source lists them." }),
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
/**
 * A mineral commodity.
 *
 * @category Schemas
 */
export type Mineral = z.infer<typeof Mineral>;
