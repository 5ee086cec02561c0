import { deepFreeze } from "../core/freeze.js";
import { resolveOption } from "../core/resolve.js";
import { type EditionLiteral, editionsRecords } from "./generated/editions.js";

/**
 * The editions of the statistical series the package transcribes (the USGS Mineral Commodity Summaries,
 * `usgs-mcs-2022` to `usgs-mcs-2026`; MCS 2022 read in part): publisher, title, publication date, the years the production columns
 * give, the data release behind each (DOI), the ids of the tables the package holds from it, and the
 * minerals it holds no table of, each with a reason (`absent`: USGS printed no world table with a C5 row;
 * `not-read`: not read yet). Oldest first. Deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { editions } from "c5-minerals/figures";
 * editions.map((e) => e.id); // ["usgs-mcs-2022", "usgs-mcs-2023", "usgs-mcs-2024", "usgs-mcs-2025", "usgs-mcs-2026"]
 * editions[1]?.dataRelease?.doi; // "10.5066/P9WCYUI6"
 * editions[0]?.gaps.find((g) => g.mineral === "iodine")?.status; // "not-read"
 * ```
 */
export const editions = deepFreeze(editionsRecords) as readonly EditionRecord[];

/**
 * An edition of the dataset.
 *
 * @category Datasets
 */
export type EditionRecord = EditionLiteral;

/**
 * The package's resolver for an edition argument (not exported from the package): the edition with this id
 * (`"usgs-mcs-2025"`, any case), a `TypeError` naming `name` for a non-string, or a `RangeError` naming
 * `name` and listing the editions there are.
 */
export function requireEdition(id: unknown, name: string): EditionRecord {
  const wanted = resolveOption(
    id,
    name,
    editions.map((e) => e.id),
  );
  const edition = editions.find((e) => e.id === wanted);
  if (edition === undefined) throw new RangeError(`${name}: no edition '${String(id)}'`);
  return edition;
}
