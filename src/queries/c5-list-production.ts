import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import { figureTables } from "../datasets/figures.js";
import { requireList } from "../datasets/lists.js";
import { PRODUCTION_MEASURES, type WorldShare, worldShares } from "./supply.js";

/**
 * One mineral of a list and what the C5 states produce of it.
 *
 * @category Queries
 */
export interface ListMineralProduction {
  /** The mineral id. */
  mineral: string;
  /** The list entry that names it, in the list's wording. */
  entry: string;
  /** Each C5 state's production columns with world shares (newest vintage and year). */
  producers: WorldShare[];
  /** Whether the package has any production table for the mineral at all. */
  covered: boolean;
}

const C5 = C5_COUNTRY_CODES;

/**
 * For every mineral on a list, the C5 states that produce it according to the package's figures, with
 * their world shares. `covered: false` means the package has no production table for the mineral, which
 * is not the same as no C5 production.
 *
 * @category Queries
 * @example
 * ```ts
 * import { c5ProductionOfList } from "c5-minerals";
 * const rows = c5ProductionOfList("us-2025-critical-minerals");
 * rows.find((r) => r.mineral === "antimony")?.producers.map((p) => p.figure.country); // ["KZ", "KG", "TJ"]
 * ```
 */
export function c5ProductionOfList(listId: string): ListMineralProduction[] {
  const list = requireList(listId, "listId");
  const covered = new Set<string>(figureTables.map((t) => t.mineral));
  const rows: ListMineralProduction[] = [];
  for (const entry of list.entries) {
    for (const mineral of entry.minerals) {
      const producers = C5.flatMap((code) => worldShares(code, mineral)).filter((s) =>
        PRODUCTION_MEASURES.includes(s.figure.measure),
      );
      rows.push({ mineral, entry: entry.name, producers, covered: covered.has(mineral) });
    }
  }
  return rows;
}
