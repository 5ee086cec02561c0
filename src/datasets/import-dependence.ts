import { deepFreeze } from "../core/freeze.js";
import type { CountryCode } from "./countries.js";
import { type ImportDependenceLiteral, importDependenceRecords } from "./generated/importDependence.js";
import type { MineralId } from "./minerals.js";

/**
 * US import dependence on the C5, as USGS Mineral Commodity Summaries print it: one record per edition,
 * mineral and product whose "Import Sources" list names a C5 state, with every partner and share as
 * printed and the chapter's net import reliance for its latest year (marks such as `E` for net exporter
 * and `>95` kept typed). Deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { importDependence } from "c5-minerals/figures";
 * const apr = importDependence.find((r) => r.id === "usgs-mcs-2025-rhenium-ammonium-perrhenate");
 * apr?.partners.find((p) => p.country === "KZ")?.share; // 26
 * ```
 */
// scripts/generate.ts has checked that every record's mineral and partner countries exist, hence the narrowing.
export const importDependence = deepFreeze(importDependenceRecords) as readonly ImportDependenceRecord[];

/**
 * An import-dependence record of the dataset; its mineral and partner countries are ids of the package's datasets.
 *
 * @category Datasets
 */
export type ImportDependenceRecord = ImportDependenceLiteral & {
  readonly mineral: MineralId;
  readonly partners: readonly (ImportDependenceLiteral["partners"][number] & { readonly country: CountryCode | "OTHER" })[];
};
