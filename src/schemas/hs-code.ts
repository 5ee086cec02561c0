import * as z from "zod";
import { Id } from "./common.js";

/**
 * The stage of the value chain a trade code stands for: `ore-and-concentrate` (ores, concentrates and
 * crude minerals as mined or dressed), `intermediate` (mattes, anodes, ferro-alloys), `metal` (unwrought
 * metal, powders, elements), `compound` (oxides, salts), `scrap` (waste and scrap), `fuel` (coal, crude
 * petroleum, natural gas) and `product` (semi-manufactures such as electrical steel sheet or natural rubber).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { HsStage } from "c5-minerals/schemas";
 * HsStage.options.includes("scrap"); // true
 * ```
 */
export const HsStage = z.enum(["ore-and-concentrate", "intermediate", "metal", "compound", "scrap", "fuel", "product"]).meta({
  description:
    "ore-and-concentrate (ores, concentrates, crude minerals); intermediate (mattes, anodes, ferro-alloys); metal (unwrought metal, powders, elements); compound (oxides, salts); scrap (waste and scrap); fuel (coal, crude oil, natural gas); product (semi-manufactures).",
});
/**
 * The stage of the value chain a trade code stands for.
 *
 * @category Schemas
 */
export type HsStage = z.infer<typeof HsStage>;

/**
 * One mineral an HS code covers, and at which stage.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { HsCodeMineral } from "c5-minerals/schemas";
 * HsCodeMineral.parse({ mineral: "chromium", stage: "ore-and-concentrate" });
 * ```
 */
export const HsCodeMineral = z
  .strictObject({
    mineral: Id.meta({ description: "A mineral id of the package's vocabulary." }),
    stage: HsStage,
  })
  .meta({ id: "HsCodeMineral", description: "A mineral an HS code covers, with the stage." });
/**
 * One mineral an HS code covers, and at which stage.
 *
 * @category Schemas
 */
export type HsCodeMineral = z.infer<typeof HsCodeMineral>;

/**
 * A Harmonized System six-digit subheading mapped to the minerals of the package it covers: the crosswalk
 * between minerals and trade statistics (BACI, customs tables). A code listing several minerals is shared:
 * a sum over it counts all of them. `alsoCovers` names what else the code holds outside the vocabulary.
 *
 * Rules beyond the field types: the code is six digits, the minerals are listed once each.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { HsCode } from "c5-minerals/schemas";
 * HsCode.parse({ code: "261000", edition: "HS2022", description: "Chromium ores and concentrates",
 *   minerals: [{ mineral: "chromium", stage: "ore-and-concentrate" }], source: "hs-2022-datasets-harmonized-system" });
 * HsCode.safeParse({ code: "2610", edition: "HS2022", description: "x", minerals: [], source: "s" }).success; // false
 * ```
 */
export const HsCode = z
  .strictObject({
    code: z
      .string()
      .regex(/^\d{6}$/, "An HS subheading has six digits, e.g. 261000")
      .meta({ description: "The six-digit subheading, digits only (261000, not 2610.00)." }),
    edition: z.enum(["HS2022"]).meta({ description: "The HS edition the code and its description belong to." }),
    description: z
      .string()
      .min(1)
      .meta({ description: "The subheading's label exactly as the HS table cited in `source` prints it." }),
    minerals: z
      .array(HsCodeMineral)
      .min(1)
      .meta({ description: "The minerals of the vocabulary the code covers, each with its stage; more than one means shared." }),
    alsoCovers: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "What the code also covers outside the package's vocabulary (e.g. 'bromine')." }),
    note: z.string().min(1).optional().meta({ description: "Curators' note on the mapping." }),
    source: Id.meta({ description: "The HS table the code and its description were read from." }),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    for (const [i, m] of r.minerals.entries()) {
      if (seen.has(m.mineral)) {
        ctx.addIssue({ code: "custom", path: ["minerals", i, "mineral"], message: `Mineral '${m.mineral}' is listed twice` });
      }
      seen.add(m.mineral);
    }
  })
  .meta({
    id: "HsCode",
    description:
      "An HS 2022 six-digit subheading and the minerals it covers, by stage. Rules: six digits; each mineral once; several minerals mean the code is shared.",
  });
/**
 * An HS subheading mapped to the minerals it covers.
 *
 * @category Schemas
 */
export type HsCode = z.infer<typeof HsCode>;
