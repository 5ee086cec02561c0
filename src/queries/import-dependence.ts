import { requireOptions } from "../core/guards.js";
import { compareText } from "../core/order.js";
import { requireOneOf } from "../core/resolve.js";
import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import { type ImportDependenceRecord, importDependence } from "../datasets/import-dependence.js";
import type { MineralId } from "../datasets/minerals.js";
import type { C5CountryCode } from "../schemas/common.js";

/**
 * One product whose US imports come in part from the C5, in one MCS edition.
 *
 * @category Queries
 */
export interface C5ImportDependence {
  /** The edition, e.g. `"usgs-mcs-2026"`. */
  readonly vintage: string;
  /** The chapter's mineral. */
  readonly mineral: MineralId;
  /** The product as printed; null when the chapter prints one list for all imports. */
  readonly product: string | null;
  /** The years the shares cover, as printed and as numbers. */
  readonly period: ImportDependenceRecord["period"];
  /** Each C5 partner with its share of US imports (percent, as printed), in printed order. */
  readonly c5: readonly { readonly country: C5CountryCode; readonly share: number }[];
  /** The C5 partners' shares added up (percent). */
  readonly c5Share: number;
  /** The chapter's net import reliance for its latest year, with its printed mark. */
  readonly netImportReliance: ImportDependenceRecord["netImportReliance"];
  /** The chapter's source id. */
  readonly source: string;
  /** The record this answer comes from. */
  readonly record: ImportDependenceRecord;
}

const C5 = new Set<string>(C5_COUNTRY_CODES);

/** The editions the dataset holds, newest first. */
function vintages(): string[] {
  return [...new Set(importDependence.map((r) => r.vintage))].sort().reverse();
}

/**
 * Which US imports depend on the C5, and how much: for one MCS edition (the newest by default), every
 * mineral and product whose import sources name a C5 state, with the C5 partners' shares of US imports
 * and the chapter's net import reliance. Ordered by C5 share, largest first.
 *
 * Shares are of US imports of that product over the period printed; net import reliance is imports minus
 * exports as a percentage of apparent consumption, so a net exporter (`mark: "net-exporter"`) can still
 * import from the C5.
 *
 * @param options.vintage The edition, e.g. `"usgs-mcs-2025"`; the newest the dataset holds when omitted.
 * @throws TypeError when `options` or `options.vintage` has the wrong type.
 * @throws RangeError when the dataset holds no such edition.
 * @category Queries
 * @example
 * ```ts
 * import { usImportsFromC5 } from "c5-minerals/figures";
 * const rows = usImportsFromC5({ vintage: "usgs-mcs-2025" });
 * const sponge = rows.find((r) => r.mineral === "titanium");
 * sponge?.c5; // [{ country: "KZ", share: 9 }]
 * sponge?.netImportReliance.printed; // ">95"
 * usImportsFromC5()[0]?.vintage; // "usgs-mcs-2026"
 * ```
 */
export function usImportsFromC5(options: { readonly vintage?: string } = {}): readonly C5ImportDependence[] {
  const { vintage } = requireOptions<{ readonly vintage?: string }>(options, "options", ["vintage"]);
  const held = vintages();
  const edition = vintage === undefined ? held[0] : requireOneOf(vintage, "options.vintage", held);
  return importDependence
    .filter((r) => r.vintage === edition)
    .map((record) => {
      const c5 = record.partners
        .filter((p) => C5.has(p.country))
        .map((p) => ({ country: p.country as C5CountryCode, share: p.share }));
      return {
        vintage: record.vintage,
        mineral: record.mineral,
        product: record.product,
        period: record.period,
        c5,
        c5Share: c5.reduce((s, p) => s + p.share, 0),
        netImportReliance: record.netImportReliance,
        source: record.source,
        record,
      };
    })
    .sort((a, b) => b.c5Share - a.c5Share || compareText(a.mineral, b.mineral));
}
