import { deepFreeze } from "../core/freeze.js";
import { resolveOption } from "../core/resolve.js";
import type { CountryCode } from "./countries.js";
import { type FigureLiteral, figuresRecords } from "./generated/figures.js";
import { type FigureTableLiteral, figureTablesRecords } from "./generated/figureTables.js";
import type { MineralId } from "./minerals.js";

/**
 * All figures, deeply frozen. Each states its unit, basis, status, source, table and vintage; never add
 * figures of different units, bases or vintages without checking them.
 *
 * @example
 * ```ts
 * import { figures } from "c5-minerals/figures";
 * const kz = figures.filter((f) => f.country === "KZ" && f.mineral === "chromium" && f.measure === "mine-production");
 * kz.every((f) => f.unit === "kt" && f.basis === "gross-weight"); // true
 * ```
 *
 * @category Datasets
 */
// scripts/generate.ts has checked that every figure's country and mineral exist, hence the narrowing.
export const figures = deepFreeze(figuresRecords) as readonly FigureRecord[];

/**
 * The source tables figures were transcribed from, with their coverage of the C5 (who is listed,
 * who is folded into "other countries").
 *
 * @category Datasets
 * @example
 * ```ts
 * import { figureTables } from "c5-minerals/figures";
 * figureTables.find((t) => t.mineral === "chromium")?.c5Listed; // ["KZ"]
 * ```
 */
export const figureTables: readonly FigureTableLiteral[] = deepFreeze(figureTablesRecords);

/**
 * A figure record of the dataset; its country and mineral are ids of the package's datasets.
 *
 * @category Datasets
 */
export type FigureRecord = FigureLiteral & { readonly country: CountryCode | "WORLD" | "OTHER"; readonly mineral: MineralId };
/**
 * A source-table record of the dataset.
 *
 * @category Datasets
 */
export type FigureTableRecord = FigureTableLiteral;

let vintageIds: readonly string[] | undefined;
/** The editions (vintages) the figures come from, e.g. `usgs-mcs-2026`, sorted. */
function knownVintages(): readonly string[] {
  vintageIds ??= [...new Set(figures.map((f) => f.vintage))].sort();
  return vintageIds;
}

/**
 * The vintage (edition id) a value names, in any case and trimmed, or a TypeError/RangeError naming the
 * parameter `name` that suggests the closest edition. Internal: every query that takes a vintage resolves it with this.
 */
export function requireVintage(value: unknown, name: string): string {
  return resolveOption(value, name, knownVintages());
}

/**
 * The edition series a value names (a vintage without its year, e.g. `usgs-mcs`), in any case and trimmed,
 * or a TypeError/RangeError naming the parameter `name`. Internal: the revisions queries resolve `series` with this.
 */
export function requireSeries(value: unknown, name: string): string {
  return resolveOption(value, name, [...new Set(knownVintages().map((v) => v.replace(/-\d{4}$/, "")))]);
}
