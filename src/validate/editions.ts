import type { DeepReadonly } from "../core/freeze.js";
import { requireOptions } from "../core/guards.js";
import type { Edition } from "../schemas/edition.js";
import type { FigureTable } from "../schemas/figure.js";
import type { Mineral } from "../schemas/mineral.js";
import type { Source } from "../schemas/source.js";
import type { IntegrityIssue } from "./integrity.js";

/**
 * Checks editions against the figure tables and the other collections: ids are unique and carry their
 * series; `tables` are exactly the figure tables of the edition's vintage; every gap names a known mineral,
 * once, that has no table in the edition; sources exist; and every mineral that has a table in some edition
 * of a series has, in each edition between its first and its last table, a table or a gap saying why not.
 *
 * @category Validation
 * @example
 * ```ts
 * import { checkEditions } from "c5-minerals/validate";
 * checkEditions([], { figureTables: [], minerals: [], sources: [] }); // []
 * ```
 */
export function checkEditions(
  editions: readonly DeepReadonly<Edition>[],
  against: {
    figureTables: readonly DeepReadonly<FigureTable>[];
    minerals: readonly DeepReadonly<Mineral>[];
    sources: readonly DeepReadonly<Source>[];
  },
): IntegrityIssue[] {
  if (!Array.isArray(editions as unknown)) throw new TypeError("editions must be an array of Edition records");
  const given = requireOptions<Record<string, unknown>>(against, "against", ["figureTables", "minerals", "sources"], false);
  for (const key of ["figureTables", "minerals", "sources"]) {
    if (!Array.isArray(given[key])) throw new TypeError(`against.${key} must be an array`);
  }
  const issues: IntegrityIssue[] = [];
  const minerals = new Set(against.minerals.map((m) => m.id));
  const sources = new Set(against.sources.map((s) => s.id));
  const tableById = new Map(against.figureTables.map((t) => [t.id, t]));
  const ids = new Map<string, number>();
  editions.forEach((e, i) => {
    const at = `editions[${i}]`;
    const first = ids.get(e.id);
    if (first !== undefined) issues.push({ path: `${at}.id`, message: `Duplicate id '${e.id}' (first at index ${first})` });
    else ids.set(e.id, i);
    if (!e.id.startsWith(`${e.series}-`))
      issues.push({ path: `${at}.series`, message: `Id '${e.id}' is not of series '${e.series}'` });
    e.sources.forEach((s, j) => {
      if (!sources.has(s)) issues.push({ path: `${at}.sources[${j}]`, message: `Unknown source '${s}'` });
    });
    const ofVintage = against.figureTables.filter((t) => t.vintage === e.id).map((t) => t.id);
    for (const t of ofVintage)
      if (!e.tables.includes(t))
        issues.push({ path: `${at}.tables`, message: `Table '${t}' of vintage '${e.id}' is not listed` });
    e.tables.forEach((t, j) => {
      const table = tableById.get(t);
      if (table === undefined) issues.push({ path: `${at}.tables[${j}]`, message: `Unknown table '${t}'` });
      else if (table.vintage !== e.id)
        issues.push({ path: `${at}.tables[${j}]`, message: `Table '${t}' is of vintage '${table.vintage}'` });
    });
    const held = new Set(e.tables.map((t) => tableById.get(t)?.mineral));
    const seen = new Set<string>();
    e.gaps.forEach((g, j) => {
      const path = `${at}.gaps[${j}]`;
      if (!minerals.has(g.mineral)) issues.push({ path: `${path}.mineral`, message: `Unknown mineral '${g.mineral}'` });
      if (seen.has(g.mineral)) issues.push({ path: `${path}.mineral`, message: `Mineral '${g.mineral}' has two gaps` });
      seen.add(g.mineral);
      if (held.has(g.mineral))
        issues.push({ path: `${path}.mineral`, message: `Edition '${e.id}' holds a table of '${g.mineral}' and a gap for it` });
      g.sources?.forEach((s, k) => {
        if (!sources.has(s)) issues.push({ path: `${path}.sources[${k}]`, message: `Unknown source '${s}'` });
      });
    });
  });
  // every edition between a mineral's first and last table holds a table or says why not
  for (const series of new Set(editions.map((e) => e.series))) {
    const ordered = editions.filter((e) => e.series === series).sort((a, b) => a.id.localeCompare(b.id));
    const mineralsOf = (e: DeepReadonly<Edition>) => new Set(e.tables.map((t) => tableById.get(t)?.mineral ?? ""));
    const all = new Set(ordered.flatMap((e) => [...mineralsOf(e)]));
    for (const mineral of all) {
      const holding = ordered.map((e) => mineralsOf(e).has(mineral));
      const firstAt = holding.indexOf(true);
      const lastAt = holding.lastIndexOf(true);
      ordered.forEach((e, k) => {
        if (k <= firstAt || k >= lastAt || holding[k] === true) return;
        if (!e.gaps.some((g) => g.mineral === mineral))
          issues.push({
            path: `editions[${editions.indexOf(e)}].gaps`,
            message: `Edition '${e.id}' has no table of '${mineral}' (present before and after it) and no gap saying why`,
          });
      });
    }
  }
  return issues;
}
