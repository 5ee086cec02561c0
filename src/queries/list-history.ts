import type { DeepReadonly } from "../core/freeze.js";
import { requireInteger } from "../core/guards.js";
import { compareText } from "../core/order.js";
import { partialDateSpan, requireDay } from "../core/partial-dates.js";
import { requireOneOf } from "../core/resolve.js";
import { type CriticalMineralListRecord, criticalMineralLists, requireList } from "../datasets/lists.js";
import { requireMineral } from "../datasets/minerals.js";
import type { ListDates } from "../schemas/list.js";
import { compareLists, type ListDifference } from "./lists.js";

interface Entry {
  readonly name: string;
  readonly minerals: readonly string[];
}

function requireFamily(family: unknown): CriticalMineralListRecord[] {
  const id = requireOneOf(family, "family", listFamilies());
  return criticalMineralLists.filter((l) => l.family === id);
}

const STAGE_ORDER = { draft: 0, proposal: 0, announced: 1, final: 1 } as const;
const byDate = (a: CriticalMineralListRecord, b: CriticalMineralListRecord) =>
  compareText(a.date, b.date) || STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || compareText(a.id, b.id);

/**
 * The ids of the list families: each family is one issuer's series of editions of one list
 * (`us-critical-minerals`, `eu-critical-raw-materials`, `eu-strategic-raw-materials`, ...), sorted.
 *
 * @category Queries
 * @example
 * ```ts
 * import { listFamilies } from "c5-minerals/lists";
 * listFamilies().includes("eu-critical-raw-materials"); // true
 * ```
 */
export function listFamilies(): string[] {
  return [...new Set(criticalMineralLists.map((l) => l.family))].sort();
}

/**
 * Every edition of a list family, drafts and proposals included, oldest first (on one day a draft comes
 * before the final list). Each final edition names the one it `supersedes` and the draft it was
 * `proposedAs`; `dates` says when each was proposed, adopted, published, in force and superseded.
 * Throws a `RangeError` for an unknown family.
 *
 * @category Queries
 * @example
 * ```ts
 * import { listHistory } from "c5-minerals/lists";
 * listHistory("us-critical-minerals").map((l) => `${l.date.slice(0, 4)} ${l.stage} ${l.statedCount}`);
 * // ["2018 final 35", "2021 draft 50", "2022 final 50", "2025 draft 54", "2025 final 60"]
 * ```
 */
export function listHistory(family: string): CriticalMineralListRecord[] {
  return requireFamily(family).sort(byDate);
}

/**
 * An entry of a list edition as a difference reports it.
 *
 * @category Queries
 */
export interface DiffEntry {
  /** The entry in the list's wording. */
  name: string;
  /** The mineral ids it covers. */
  minerals: readonly string[];
}

/**
 * What changes from one list edition to another.
 *
 * @category Queries
 */
export interface EditionDiff {
  /** Id of the earlier list. */
  from: string;
  /** Id of the later list. */
  to: string;
  /** Entries of `to` with no counterpart in `from`. */
  added: DiffEntry[];
  /** Entries of `from` with no counterpart in `to`. */
  removed: DiffEntry[];
  /**
   * Entries that carry on under another name: the issuer says so, or the two cover the same minerals, or
   * one covers a subset of the other and no other entry competes ("Bauxite" to "bauxite/alumina/aluminium").
   */
  renamed: { from: string; to: string; stated: boolean }[];
  /** Entries with the same name in both (case-insensitive), in the wording of `to`. */
  kept: string[];
  /** The same comparison by mineral id (see `compareLists`). */
  minerals: ListDifference;
}

const key = (name: string) => name.toLowerCase();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((m) => b.includes(m));
const subset = (a: readonly string[], b: readonly string[]) => a.every((m) => b.includes(m));

/**
 * Compares two list editions entry by entry: what the later adds, removes, renames and keeps, and the same
 * by mineral id. Any two lists can be compared, of one family or not. Splitting a group into its members
 * (the US rare earths in 2022) shows as the group removed and the members added. Throws a `RangeError`
 * for an unknown list id.
 *
 * @category Queries
 * @example
 * ```ts
 * import { diffEditions } from "c5-minerals/lists";
 * const d = diffEditions("eu-2017-critical-raw-materials", "eu-2020-critical-raw-materials");
 * d.added.map((e) => e.name); // ["Bauxite", "Lithium", "Titanium", "Strontium"]
 * d.removed.map((e) => e.name); // ["helium"]
 * ```
 */
export function diffEditions(fromId: string, toId: string): EditionDiff {
  const from = requireList(fromId, "fromId");
  const to = requireList(toId, "toId");
  const fromEntries: readonly Entry[] = from.entries;
  const toEntries: readonly Entry[] = to.entries;
  const toNames = new Set(toEntries.map((e) => key(e.name)));
  const fromNames = new Set(fromEntries.map((e) => key(e.name)));
  const kept = toEntries.filter((e) => fromNames.has(key(e.name))).map((e) => e.name);
  let gone: Entry[] = fromEntries.filter((e) => !toNames.has(key(e.name)));
  let fresh: Entry[] = toEntries.filter((e) => !fromNames.has(key(e.name)));
  const renamed: EditionDiff["renamed"] = [];
  const pair = (a: Entry, b: Entry, stated: boolean) => {
    renamed.push({ from: a.name, to: b.name, stated });
    gone = gone.filter((e) => e !== a);
    fresh = fresh.filter((e) => e !== b);
  };
  // 1. Renamings the issuer states.
  if (to.changes?.against === from.id) {
    for (const r of to.changes.renamed ?? []) {
      const a = gone.find((e) => key(e.name) === key(r.from));
      const b = fresh.find((e) => key(e.name) === key(r.to));
      if (a !== undefined && b !== undefined) pair(a, b, true);
    }
  }
  // 2. The same minerals under another name; 3. one entry's minerals within the other's, with no rival.
  for (const match of [sameSet, (a: readonly string[], b: readonly string[]) => subset(a, b) || subset(b, a)]) {
    for (const a of [...gone]) {
      const candidates = fresh.filter((b) => match(a.minerals, b.minerals));
      const [b] = candidates;
      if (b === undefined || candidates.length > 1) continue;
      if (gone.filter((other) => match(other.minerals, b.minerals)).length > 1) continue;
      pair(a, b, false);
    }
  }
  const entry = (e: Entry): DiffEntry => ({ name: e.name, minerals: e.minerals });
  return {
    from: from.id,
    to: to.id,
    added: fresh.map(entry),
    removed: gone.map(entry),
    renamed,
    kept,
    minerals: compareLists(from.id, to.id),
  };
}

/** The first and last day a list edition can have taken effect, and the first and last day it can have ended. */
function effect(list: CriticalMineralListRecord) {
  const d: DeepReadonly<ListDates> = list.dates;
  const start = partialDateSpan(d.inForce ?? d.published ?? d.adopted ?? list.date);
  const end = d.superseded === null ? null : partialDateSpan(d.superseded);
  return { start, end };
}

/**
 * The answer to "was a mineral on a family's list on a date".
 *
 * @category Queries
 */
export interface OnListAnswer {
  /** Whether the edition in effect names the mineral (false when no edition was in effect). */
  listed: boolean;
  /** The final (or announced) edition in effect on the date, if any. */
  list: CriticalMineralListRecord | undefined;
  /** The entry that names the mineral, in the list's wording. */
  entry: string | undefined;
  /**
   * False when a start or end date known only to the month or year leaves open which edition was in effect
   * on the date; the answer then uses the edition that had certainly or possibly taken effect.
   */
  certain: boolean;
}

/**
 * Whether a mineral was on a family's list on a date (YYYY-MM-DD). The edition in effect is the final
 * (or announced) one that had taken effect (in force, else published, else adopted) and was not yet
 * superseded; drafts and proposals never count. Throws a `RangeError` for an unknown family or a
 * malformed date, a `TypeError` for arguments that are not strings.
 *
 * @category Queries
 * @example
 * ```ts
 * import { wasOnList } from "c5-minerals/lists";
 * wasOnList("us-critical-minerals", "uranium", "2020-01-01").listed; // true (the 2018 list)
 * wasOnList("us-critical-minerals", "uranium", "2023-01-01").listed; // false (the 2022 list)
 * wasOnList("eu-critical-raw-materials", "copper", "2024-05-22").listed; // false (the 2020 list still applies)
 * wasOnList("eu-critical-raw-materials", "copper", "2024-05-23").listed; // true (Regulation (EU) 2024/1252 in force)
 * ```
 */
export function wasOnList(family: string, mineral: string, date: string): OnListAnswer {
  const editions = requireFamily(family).filter((l) => l.stage === "final" || l.stage === "announced");
  const mineralId = requireMineral(mineral, "mineral").id;
  requireDay(date, "date");
  const possible = editions.filter((l) => {
    const { start, end } = effect(l);
    return start[0] <= date && (end === null || date < (end[0] === end[1] ? end[0] : end[1]));
  });
  const certainly = possible.filter((l) => {
    const { start, end } = effect(l);
    return start[1] <= date && (end === null || date < end[0]);
  });
  const chosen = [...(certainly.length > 0 ? certainly : possible)].sort(byDate).at(-1);
  const entry = chosen?.entries.find((e) => (e.minerals as readonly string[]).includes(mineralId));
  return {
    listed: entry !== undefined,
    list: chosen,
    entry: entry?.name,
    certain: possible.length === certainly.length && certainly.length <= 1,
  };
}

/**
 * Lists in effect today: final or announced editions that no later edition has superseded, in date order.
 *
 * @category Queries
 * @example
 * ```ts
 * import { currentLists } from "c5-minerals/lists";
 * currentLists().some((l) => l.id === "us-2022-critical-minerals"); // false (superseded in 2025)
 * ```
 */
export function currentLists(): CriticalMineralListRecord[] {
  return criticalMineralLists
    .filter((l) => (l.stage === "final" || l.stage === "announced") && l.dates.superseded === null)
    .sort(byDate);
}

/**
 * One jurisdiction's current lists that name a mineral.
 *
 * @category Queries
 */
export interface JurisdictionCriticality {
  /** Alpha-2 code of the jurisdiction (`EU` for the European Union). */
  jurisdiction: string;
  /** The current lists of the jurisdiction that name the mineral, each with the naming entry. */
  lists: { list: CriticalMineralListRecord; entry: string }[];
}

/**
 * Which jurisdictions call a mineral critical (or strategic) now: for each, its current lists that name
 * the mineral and the entry that does, sorted by jurisdiction code. A mineral named by no current list
 * gives an empty array.
 *
 * @category Queries
 * @example
 * ```ts
 * import { criticalNow } from "c5-minerals/lists";
 * criticalNow("uranium").map((j) => j.jurisdiction); // ["CA", "CN", "KG", "US"]
 * ```
 */
export function criticalNow(mineral: string): JurisdictionCriticality[] {
  const mineralId = requireMineral(mineral, "mineral").id;
  const found = new Map<string, JurisdictionCriticality>();
  for (const list of currentLists()) {
    const entry = list.entries.find((e) => (e.minerals as readonly string[]).includes(mineralId));
    if (entry === undefined) continue;
    const row = found.get(list.jurisdiction) ?? { jurisdiction: list.jurisdiction, lists: [] };
    row.lists.push({ list, entry: entry.name });
    found.set(list.jurisdiction, row);
  }
  return [...found.values()].sort((a, b) => compareText(a.jurisdiction, b.jurisdiction));
}

/**
 * The changes of one edition: what the issuer says changed, and the computed difference.
 *
 * @category Queries
 */
export interface EditionChanges {
  /** The edition. */
  list: CriticalMineralListRecord;
  /** The list it is compared with: the one the issuer's statement names, else the previous final edition. */
  against: string | undefined;
  /** Added, removed and renamed entries as the issuer states them (undefined when the data holds no statement). */
  stated: CriticalMineralListRecord["changes"];
  /** The entry-by-entry difference from `against`. */
  computed: EditionDiff | undefined;
}

/**
 * What a family's editions of one year changed, drafts included, in date order: for each, the changes
 * the issuer states and the computed difference from the edition it replaces. One call answers "what did
 * the US add to its list in 2025, and what did the draft propose removing". Throws a `RangeError` for an
 * unknown family or a year that is not a whole number.
 *
 * @category Queries
 * @example
 * ```ts
 * import { changesIn } from "c5-minerals/lists";
 * const [draft, final] = changesIn("us-critical-minerals", 2025);
 * draft?.stated?.removed; // ["arsenic", "tellurium"]
 * final?.stated?.added?.length; // 10
 * final?.computed?.removed; // []
 * ```
 */
export function changesIn(family: string, year: number): EditionChanges[] {
  const editions = listHistory(family);
  requireInteger(year, "year", 1900, 2100);
  return editions
    .filter((l) => l.date.startsWith(`${year}-`))
    .map((list) => {
      const previousFinal = editions.filter((o) => o.stage === "final" && o.date < list.date).at(-1);
      const against = list.changes?.against ?? list.supersedes ?? previousFinal?.id;
      return {
        list,
        against,
        stated: list.changes,
        computed: against === undefined ? undefined : diffEditions(against, list.id),
      };
    });
}
