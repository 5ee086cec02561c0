import { excerpt } from "../core/excerpt.js";
import type { DeepReadonly } from "../core/freeze.js";
import { requireOptions } from "../core/guards.js";
import type { Country } from "../schemas/country.js";
import type { ImportDependence } from "../schemas/import-dependence.js";
import type { Mineral } from "../schemas/mineral.js";
import type { Source } from "../schemas/source.js";
import type { IntegrityIssue } from "./issue-recorder.js";

/**
 * Checks import-dependence records against the other collections: ids are unique, the mineral, every
 * partner country and the source exist, and the source is a chapter of the record's edition.
 *
 * @category Validation
 * @example
 * ```ts
 * import { checkImportDependence } from "c5-minerals/validate";
 * checkImportDependence([], { sources: [], countries: [], minerals: [] }); // []
 * ```
 */
export function checkImportDependence(
  records: readonly DeepReadonly<ImportDependence>[],
  against: {
    sources: readonly DeepReadonly<Source>[];
    countries: readonly DeepReadonly<Country>[];
    minerals: readonly DeepReadonly<Mineral>[];
  },
): IntegrityIssue[] {
  if (!Array.isArray(records as unknown)) throw new TypeError("records must be an array of ImportDependence records");
  const given = requireOptions<Record<string, unknown>>(against, "against", ["sources", "countries", "minerals"], false);
  for (const key of ["sources", "countries", "minerals"]) {
    if (!Array.isArray(given[key])) throw new TypeError(`against.${key} must be an array`);
  }
  const issues: IntegrityIssue[] = [];
  const sources = new Set(against.sources.map((s) => s.id));
  const countries = new Set(against.countries.map((c) => c.alpha2));
  const minerals = new Set(against.minerals.map((m) => m.id));
  const ids = new Map<string, number>();
  records.forEach((r, i) => {
    const at = `importDependence[${i}]`;
    const first = ids.get(r.id);
    if (first !== undefined)
      issues.push({ path: `${at}.id`, message: `Duplicate id '${excerpt(r.id)}' (first at importDependence[${first}])` });
    else ids.set(r.id, i);
    if (!minerals.has(r.mineral)) issues.push({ path: `${at}.mineral`, message: `Unknown mineral '${excerpt(r.mineral)}'` });
    if (!sources.has(r.source)) issues.push({ path: `${at}.source`, message: `Unknown source '${excerpt(r.source)}'` });
    else if (!r.source.startsWith(`${r.vintage}-`))
      issues.push({
        path: `${at}.source`,
        message: `Source '${excerpt(r.source)}' is not a chapter of edition '${excerpt(r.vintage)}'`,
      });
    r.partners.forEach((p, j) => {
      if (p.country !== "OTHER" && !countries.has(p.country))
        issues.push({ path: `${at}.partners[${j}].country`, message: `Unknown country '${excerpt(p.country)}'` });
    });
  });
  return issues;
}
