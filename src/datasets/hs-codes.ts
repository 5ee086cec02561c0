import { deepFreeze } from "../core/freeze.js";
import { type HsCodeLiteral, hsCodesRecords } from "./generated/hsCodes.js";
import type { MineralId } from "./minerals.js";

/**
 * The crosswalk from minerals to Harmonized System (HS 2022) six-digit subheadings: one record per code,
 * with the code's label as the HS table prints it and the minerals it covers by stage (ore and concentrate,
 * intermediate, metal, compound, scrap, fuel, product). A code with several minerals is shared (all
 * rare-earth metals share 280530). Deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { hsCodes } from "c5-minerals/trade";
 * hsCodes.find((c) => c.code === "261000")?.description; // "Chromium ores and concentrates"
 * ```
 */
// scripts/generate.ts has checked that every mineral of a record exists, hence the narrowing.
export const hsCodes = deepFreeze(hsCodesRecords) as readonly HsCodeRecord[];

/**
 * An HS code record of the crosswalk; its minerals are ids of the package's vocabulary.
 *
 * @category Datasets
 */
export type HsCodeRecord = HsCodeLiteral & {
  readonly minerals: readonly (HsCodeLiteral["minerals"][number] & { readonly mineral: MineralId })[];
};
