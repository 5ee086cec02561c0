import { comparePartialDates } from "../core/partial-dates.js";
import { corridorLegs, corridorNodes, corridors } from "../datasets/corridors.js";
import { countries } from "../datasets/countries.js";
import { countryNames } from "../datasets/country-names.js";
import { editions } from "../datasets/editions.js";
import { companies, coverageGaps, facilities, projects } from "../datasets/facilities.js";
import { figures, figureTables } from "../datasets/figures.js";
import { hsCodes } from "../datasets/hs-codes.js";
import { importDependence } from "../datasets/import-dependence.js";
import { criticalMineralLists } from "../datasets/lists.js";
import { measures, policyEvents } from "../datasets/measures.js";
import { elements, minerals } from "../datasets/minerals.js";
import { events, partnerships } from "../datasets/partnerships.js";
import { type SourceRecord, sources } from "../datasets/sources.js";
import { tradeFlows } from "../datasets/trade-flows.js";

/**
 * How current one dataset is: how many records it has, how many sources they cite, and the newest of
 * those sources by publication date.
 *
 * @category Queries
 */
export interface DatasetFreshness {
  /** The dataset's name, as the CLI and the files under `c5-minerals/data/` name it. */
  readonly dataset: string;
  /** Number of records. */
  readonly records: number;
  /** Number of distinct sources the records cite. */
  readonly sources: number;
  /** The newest cited source (by `published`, to the precision the source gives); null when none is cited. */
  readonly newestSource: { readonly id: string; readonly published: string; readonly title: string } | null;
}

const DATASETS: readonly (readonly [string, readonly object[]])[] = [
  ["countries", countries],
  ["country-names", countryNames],
  ["minerals", minerals],
  ["elements", elements],
  ["lists", criticalMineralLists],
  ["figure-tables", figureTables],
  ["figures", figures],
  ["import-dependence", importDependence],
  ["partnerships", partnerships],
  ["events", events],
  ["corridors", corridors],
  ["corridor-nodes", corridorNodes],
  ["corridor-legs", corridorLegs],
  ["facilities", facilities],
  ["companies", companies],
  ["projects", projects],
  ["coverage-gaps", coverageGaps],
  ["editions", editions],
  ["measures", measures],
  ["policy-events", policyEvents],
  ["hs-codes", hsCodes],
  ["trade-flows", tradeFlows],
];

/** Every source id a record cites: under `source`, `sources` or a key ending in `Source`, at any depth. */
function citedIds(value: unknown, into: Set<string>, key = ""): void {
  if (typeof value === "string") {
    if (key === "source" || key === "sources" || key.endsWith("Source")) into.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) citedIds(item, into, key === "sources" ? key : "");
    return;
  }
  if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) citedIds(v, into, k);
}

function newest(cited: Iterable<SourceRecord>): DatasetFreshness["newestSource"] {
  let best: SourceRecord | undefined;
  for (const s of cited) if (best === undefined || comparePartialDates(s.published, best.published) > 0) best = s;
  return best === undefined ? null : { id: best.id, published: best.published, title: best.title };
}

let cache: readonly DatasetFreshness[] | undefined;

/**
 * How current each dataset is: for every dataset, the newest publication date among the sources its
 * records cite (derived from the records, so it moves when data is added). The `sources` dataset itself
 * is listed last, with the newest source of all.
 *
 * @category Queries
 * @example
 * ```ts
 * import { datasetFreshness } from "c5-minerals";
 * const imports = datasetFreshness().find((d) => d.dataset === "import-dependence");
 * imports?.newestSource?.published; // "2026-02"
 * ```
 */
export function datasetFreshness(): readonly DatasetFreshness[] {
  if (cache !== undefined) return cache;
  const byId = new Map<string, SourceRecord>(sources.map((s) => [s.id, s]));
  const rows: DatasetFreshness[] = DATASETS.map(([dataset, records]) => {
    const ids = new Set<string>();
    for (const r of records) citedIds(r, ids);
    const cited = [...ids].flatMap((id) => byId.get(id) ?? []);
    return { dataset, records: records.length, sources: cited.length, newestSource: newest(cited) };
  });
  rows.push({ dataset: "sources", records: sources.length, sources: sources.length, newestSource: newest(sources) });
  cache = Object.freeze(rows.map((r) => Object.freeze({ ...r, newestSource: r.newestSource && Object.freeze(r.newestSource) })));
  return cache;
}
