import { compareText } from "../core/order.js";
import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import { criticalNow, currentLists, type JurisdictionCriticality } from "./list-history.js";
import { productionProfile } from "./supply.js";

/**
 * For a mineral the C5 states produce, who calls it critical now.
 *
 * @category Queries
 */
export interface C5MineralCriticality {
  /** The mineral id. */
  mineral: string;
  /** The C5 states that produce it according to the package's figures. */
  producers: string[];
  /** The jurisdictions whose current lists name it. */
  jurisdictions: JurisdictionCriticality[];
  /** How many current lists name it. */
  listCount: number;
}

const C5 = C5_COUNTRY_CODES;

/**
 * For each mineral the C5 states produce (a production figure above zero in the package's newest data),
 * which jurisdictions' current lists name it, most-listed first. The lists count the mineral by id: a
 * group entry ("rare earth elements") does not count for its members, nor a member for the group.
 *
 * @category Queries
 * @example
 * ```ts
 * import { c5CriticalityNow } from "c5-minerals";
 * const rows = c5CriticalityNow();
 * rows.find((r) => r.mineral === "antimony")?.producers; // ["KZ", "KG", "TJ"]
 * ```
 */
export function c5CriticalityNow(): C5MineralCriticality[] {
  const producers = new Map<string, Set<string>>();
  for (const country of C5) {
    for (const s of productionProfile(country)) {
      if (s.figure.value === null || s.figure.value <= 0) continue;
      const set = producers.get(s.figure.mineral) ?? new Set<string>();
      set.add(country);
      producers.set(s.figure.mineral, set);
    }
  }
  const current = currentLists();
  return [...producers.entries()]
    .map(([mineral, set]) => ({
      mineral,
      producers: C5.filter((c) => set.has(c)),
      jurisdictions: criticalNow(mineral),
      listCount: current.filter((l) => l.entries.some((e) => (e.minerals as readonly string[]).includes(mineral))).length,
    }))
    .sort((a, b) => b.listCount - a.listCount || compareText(a.mineral, b.mineral));
}
