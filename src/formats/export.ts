// The package's datasets as JSON, CSV and GeoJSON: what `c5-minerals export` writes and what the build
// publishes under dist/data/. Not a public module of the package; bad arguments are RangeErrors naming the
// option, which the CLI turns into usage errors.

import { formatCsv } from "../core/csv.js";
import { requireOptions, requireString } from "../core/guards.js";
import { comparePartialDates, requirePartialDate } from "../core/partial-dates.js";
import { resolveOption } from "../core/resolve.js";
import { corridorLegs, corridorNodes, corridors } from "../datasets/corridors.js";
import { countries, getCountry, requireCountry } from "../datasets/countries.js";
import { countryNames } from "../datasets/country-names.js";
import { editions } from "../datasets/editions.js";
import { companies, coverageGaps, type FacilityRecord, facilities, getCompany, projects } from "../datasets/facilities.js";
import { figures, figureTables } from "../datasets/figures.js";
import { hsCodes } from "../datasets/hs-codes.js";
import { importDependence } from "../datasets/import-dependence.js";
import { criticalMineralLists } from "../datasets/lists.js";
import { measures, policyEvents } from "../datasets/measures.js";
import { elements, getMineral, minerals, requireMineral } from "../datasets/minerals.js";
import { events, partnerships } from "../datasets/partnerships.js";
import { sources } from "../datasets/sources.js";
import { tradeFlows } from "../datasets/trade-flows.js";
import { ownersOf } from "../queries/facilities.js";
import { legKm } from "../queries/graph.js";
import { flatColumns, flattenRecord } from "../validate/flat.js";

/** Every dataset by the name the CLI and the published files use. */
export const DATASETS: Readonly<Record<string, readonly object[]>> = Object.freeze({
  sources,
  countries,
  "country-names": countryNames,
  minerals,
  elements,
  lists: criticalMineralLists,
  "figure-tables": figureTables,
  figures,
  "import-dependence": importDependence,
  partnerships,
  events,
  corridors,
  "corridor-nodes": corridorNodes,
  "corridor-legs": corridorLegs,
  facilities,
  companies,
  projects,
  "coverage-gaps": coverageGaps,
  editions,
  measures,
  "policy-events": policyEvents,
  "hs-codes": hsCodes,
  "trade-flows": tradeFlows,
});

export const DATASET_NAMES = Object.freeze(Object.keys(DATASETS));

export type ExportFormat = "json" | "csv" | "geojson";

/** The keys `where` takes: each selects records, and `date` also sets the date owners and statuses are given for. */
export const WHERE_KEYS = Object.freeze(["country", "mineral", "kind", "status", "date"] as const);
export type WhereKey = (typeof WHERE_KEYS)[number];

/** How CSV cells are written: `text` (readable: names beside ids, lists as text) or `json` (lossless, reads back). */
export type CsvCells = "text" | "json";

/** Options of {@link exportDataset}. */
export interface ExportOptions {
  /** Keep only the records that match every given value. */
  where?: Partial<Record<WhereKey, string>>;
  /** CSV only: readable text cells (default) or the lossless flat form whose lists of objects are JSON. */
  cells?: CsvCells;
}

const countryName = (code: unknown) => (typeof code === "string" ? (getCountry(code)?.name ?? "") : "");
const mineralName = (id: unknown) => (typeof id === "string" ? (getMineral(id)?.name ?? "") : "");
const companyName = (id: unknown) => (typeof id === "string" ? (getCompany(id)?.name ?? "") : "");

/** When a status entry began, or, where the source gives no start, when a source observed it. */
const statusDate = (s: FacilityRecord["status"][number]): string => (s.since ?? s.observed) as string;

/** The newest dated status not after `date` (all when no date). */
function statusAsOf(f: FacilityRecord, date: string | undefined) {
  return [...f.status]
    .filter((s) => date === undefined || comparePartialDates(statusDate(s), date) <= 0)
    .sort((a, b) => comparePartialDates(statusDate(a), statusDate(b)))
    .at(-1);
}

type Dict = Record<string, unknown>;
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** The countries a record is about (its `country`, `countries`, `jurisdiction`, `alpha2` or `participants`), or undefined when it has no such field. */
function countriesOf(r: Dict): string[] | undefined {
  const out: string[] = [];
  let has = false;
  for (const key of ["country", "jurisdiction", "alpha2", "reporter"]) {
    if (typeof r[key] === "string") {
      has = true;
      out.push(r[key] as string);
    }
  }
  for (const key of ["countries", "participants"]) {
    if (Array.isArray(r[key])) {
      has = true;
      for (const v of r[key] as unknown[]) {
        if (typeof v === "string") out.push(v);
        else if (typeof v === "object" && v !== null && typeof (v as Dict).country === "string")
          out.push((v as Dict).country as string);
      }
    }
  }
  if (Array.isArray(r.members)) {
    has = true;
    for (const m of r.members as Dict[]) if (typeof m.party === "string") out.push(m.party);
  }
  return has ? out : undefined;
}

/** The minerals a record is about, or undefined when it has no mineral field. */
function mineralsOf(r: Dict): string[] | undefined {
  if (typeof r.mineral === "string") return [r.mineral];
  if (Array.isArray(r.commodities)) return (r.commodities as Dict[]).map((c) => String(c.mineral));
  if (Array.isArray(r.minerals)) return (r.minerals as unknown[]).map(String);
  if (Array.isArray(r.entries)) return (r.entries as Dict[]).flatMap((e) => (typeof e.mineral === "string" ? [e.mineral] : []));
  if (Array.isArray(r.focusMinerals)) return (r.focusMinerals as unknown[]).map(String);
  return undefined;
}

/** The selection `where` makes of a dataset, each value resolved as every public function resolves it. */
function select(name: string, records: readonly object[], where: Partial<Record<WhereKey, string>>): readonly object[] {
  requireOptions(where, "where", WHERE_KEYS);
  const country = where.country === undefined ? undefined : requireCountry(where.country, "where country").alpha2;
  const mineral = where.mineral === undefined ? undefined : requireMineral(where.mineral, "where mineral").id;
  const kind = where.kind === undefined ? undefined : requireString(where.kind, "where kind");
  const status = where.status === undefined ? undefined : requireString(where.status, "where status");
  const date = where.date === undefined ? undefined : requirePartialDate(where.date, "where date");
  const sample = records[0] as Dict | undefined;
  const refuse = (key: string) => {
    throw new RangeError(`where ${key}: the ${name} dataset has no ${key} to select by`);
  };
  if (sample !== undefined) {
    if (country !== undefined && countriesOf(sample) === undefined && !records.some((r) => countriesOf(r as Dict) !== undefined))
      refuse("country");
    if (mineral !== undefined && !records.some((r) => mineralsOf(r as Dict) !== undefined)) refuse("mineral");
    if (kind !== undefined) {
      const kinds = new Set(records.map((r) => (r as Dict).kind).filter((k) => typeof k === "string"));
      if (kinds.size === 0) refuse("kind");
      if (!kinds.has(kind))
        throw new RangeError(`where kind: '${kind}' is not a kind in ${name}; use one of ${[...kinds].sort().join(", ")}`);
    }
    if (status !== undefined) {
      const statuses = new Set(
        records.flatMap((r) => {
          const s = (r as Dict).status;
          return typeof s === "string" ? [s] : arr(s).map((x) => (x as Dict).status);
        }),
      );
      if (statuses.size === 0) refuse("status");
      if (!statuses.has(status))
        throw new RangeError(
          `where status: '${status}' is not a status in ${name}; use one of ${[...statuses].sort().join(", ")}`,
        );
    }
    if (date !== undefined && name !== "facilities" && name !== "figures")
      throw new RangeError("where date: selects facilities (status and owners as of the date) and figures (the year) only");
  }
  return records.filter((rec) => {
    const r = rec as Dict;
    if (country !== undefined && !(countriesOf(r) ?? []).includes(country)) return false;
    if (mineral !== undefined && !(mineralsOf(r) ?? []).includes(mineral)) return false;
    if (kind !== undefined && r.kind !== kind) return false;
    if (name === "facilities") {
      const f = rec as FacilityRecord;
      const now = statusAsOf(f, date);
      if (date !== undefined && now === undefined) return false; // nothing known of it yet at that date
      if (status !== undefined && now?.status !== status) return false;
      return true;
    }
    if (status !== undefined) {
      const s = typeof r.status === "string" ? r.status : (arr(r.status).at(-1) as Dict | undefined)?.status;
      if (s !== status) return false;
    }
    if (date !== undefined && name === "figures" && r.year !== Number(date.slice(0, 4))) return false;
    return true;
  });
}

/** One cell's readable text: scalars as they are, lists joined with "; ", objects as "key: value" pairs. */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(text).join("; ");
  if (typeof value === "object")
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${k}: ${typeof v === "object" ? `(${text(v)})` : String(v)}`)
      .join(", ");
  return String(value);
}

/** A facility as a spreadsheet row: names beside ids, status and owners as text as of a date. */
function facilityRow(f: FacilityRecord, date: string | undefined): Record<string, string> {
  const status = statusAsOf(f, date);
  const owners = ownersOf(f, date);
  const minerals = [...new Set(f.commodities.map((c) => c.mineral))];
  return {
    id: f.id,
    name: f.name,
    "local names": f.localNames?.map((n) => `${n.name} (${n.lang})`).join("; ") ?? "",
    kind: f.kind,
    country: f.country,
    "country name": countryName(f.country),
    region: f.region ?? "",
    minerals: minerals.join("; "),
    "mineral names": minerals.map(mineralName).join("; "),
    commodities: f.commodities.map((c) => `${c.mineral} (${c.stage})`).join("; "),
    status: status?.status ?? "",
    "status since": status?.since ?? "",
    operator: f.operator ?? "",
    "operator name": companyName(f.operator),
    owners: owners
      .map(
        (o) =>
          `${o.company.name} ${o.share}%${o.inferred !== undefined ? " (inferred)" : ""}${o.ultimateParent !== o.company ? ` (parent: ${o.ultimateParent.name})` : ""}`,
      )
      .join("; "),
    "owner ids": owners.map((o) => o.company.id).join("; "),
    "owners as of": owners[0]?.asOf ?? "",
    "owners source": owners[0]?.source ?? "",
    "owners note":
      f.owners.length === 0 && "ownersUnknown" in f && f.ownersUnknown !== undefined
        ? f.ownersUnknown
        : f.owners
            .filter((o) => o.asOf === owners[0]?.asOf && o.source === owners[0]?.source && o.note !== undefined)
            .map((o) => `${companyName(o.company)}: ${o.note}`)
            .join("; "),
    lat: f.location === undefined ? "" : String(f.location.lat),
    lon: f.location === undefined ? "" : String(f.location.lon),
    "location precision": f.location?.precision ?? "",
    "exit node": f.exit.node,
    "exit node name": corridorNodes.find((n) => n.id === f.exit.node)?.name ?? "",
    sources: f.sources.join("; "),
  };
}

/** Any record as a readable row: nested fields as dotted columns, lists as text, a name column beside each country, mineral and company id. */
function readableRow(record: object): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (key: string, value: string) =>
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) set(`${key}.${k}`, text(v));
      continue;
    }
    set(key, text(value));
    if (key === "country" || key === "jurisdiction" || key === "reporter") set(`${key} name`, countryName(value));
    else if (key === "mineral") set(`${key} name`, mineralName(value));
    else if (key === "operator" || key === "parent" || key === "company") set(`${key} name`, companyName(value));
  }
  return out;
}

/**
 * Rows as CSV for a spreadsheet: a byte-order mark (so Excel reads UTF-8 and shows Cyrillic and Chinese
 * names), CRLF line ends, a header of the union of the rows' columns.
 */
function csvOf(rows: readonly Record<string, string>[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    for (const c of Object.keys(row))
      if (!seen.has(c)) {
        seen.add(c);
        columns.push(c);
      }
  const csv = formatCsv([columns, ...rows.map((r) => columns.map((c) => (Object.hasOwn(r, c) ? (r[c] ?? "") : "")))]);
  return `\uFEFF${csv.replace(/\n/g, "\r\n")}`;
}

/** The corridor graph as a GeoJSON FeatureCollection: nodes as points, legs as lines, each with a `name` a map tool can label. */
export function corridorsGeoJson(where: Partial<Record<WhereKey, string>> = {}): object {
  const nodes = select("corridor-nodes", corridorNodes, where) as typeof corridorNodes;
  const nodeById = new Map<string, (typeof corridorNodes)[number]>(corridorNodes.map((n) => [n.id, n]));
  const kept = new Set(nodes.map((n) => n.id));
  const corridorsOf = (legId: string) => corridors.filter((c) => (c.legs as readonly string[]).includes(legId));
  const point = (n: (typeof corridorNodes)[number]) => [n.coordinates.lon, n.coordinates.lat];
  return {
    type: "FeatureCollection",
    features: [
      ...nodes.map((n) => ({
        type: "Feature",
        id: n.id,
        geometry: { type: "Point", coordinates: point(n) },
        properties: {
          kind: "node",
          id: n.id,
          name: n.name,
          label: `${n.name} (${n.kind})`,
          nodeKind: n.kind,
          country: n.country,
          countryName: countryName(n.country),
          sources: n.sources.join("; "),
        },
      })),
      ...corridorLegs.flatMap((l) => {
        const a = nodeById.get(l.from);
        const b = nodeById.get(l.to);
        if (a === undefined || b === undefined || !(kept.has(a.id) || kept.has(b.id))) return [];
        const on = corridorsOf(l.id);
        return [
          {
            type: "Feature",
            id: l.id,
            geometry: { type: "LineString", coordinates: [point(a), point(b)] },
            properties: {
              kind: "leg",
              id: l.id,
              name: `${a.name} – ${b.name}`,
              label: `${a.name} – ${b.name} (${l.mode}, ${l.status})`,
              from: l.from,
              fromName: a.name,
              to: l.to,
              toName: b.name,
              mode: l.mode,
              status: l.status,
              lengthKm: legKm(l, a, b).km,
              length: legKm(l, a, b).sourced ? "sourced" : "great-circle",
              corridors: on.map((c) => c.id).join("; "),
              corridorNames: on.map((c) => c.name).join("; "),
              sources: l.sources.join("; "),
            },
          },
        ];
      }),
    ],
  };
}

/** Facilities as a GeoJSON FeatureCollection of points (those without sourced coordinates are left out), with names, owners and status as text. */
export function facilitiesGeoJson(where: Partial<Record<WhereKey, string>> = {}): object {
  const selected = select("facilities", facilities, where) as readonly FacilityRecord[];
  return {
    type: "FeatureCollection",
    features: selected.flatMap((f) => {
      if (f.location === undefined) return [];
      const row = facilityRow(f, where.date);
      return [
        {
          type: "Feature",
          id: f.id,
          geometry: { type: "Point", coordinates: [f.location.lon, f.location.lat] },
          properties: {
            kind: "facility",
            id: f.id,
            name: f.name,
            label: `${f.name} (${row["mineral names"]})`,
            localNames: row["local names"],
            facilityKind: f.kind,
            country: f.country,
            countryName: row["country name"],
            minerals: row.minerals,
            mineralNames: row["mineral names"],
            status: row.status,
            statusSince: row["status since"],
            operator: f.operator ?? null,
            operatorName: row["operator name"] || null,
            owners: row.owners,
            ownersAsOf: row["owners as of"],
            precision: f.location.precision,
            exitNode: f.exit.node,
            exitNodeName: row["exit node name"],
            sources: row.sources,
          },
        },
      ];
    }),
  };
}

/**
 * Serialises one dataset in one format. With no options this is exactly the published file under
 * `dist/data/` (CSV: the lossless flat form). `options.where` selects records; `options.cells: "text"`
 * writes readable CSV cells. A bad name, format or option is a RangeError naming it.
 */
export function exportDataset(name: string, format: ExportFormat, options: ExportOptions = {}): string {
  format = resolveOption(format, "format", ["json", "csv", "geojson"]);
  requireOptions(options, "options", ["where", "cells"]);
  const where = options.where ?? {};
  const cells = options.cells === undefined ? "json" : resolveOption(options.cells, "cells", ["text", "json"]);
  if (format === "geojson") {
    if (name === "facilities") return `${JSON.stringify(facilitiesGeoJson(where), null, 2)}\n`;
    if (name !== "corridors")
      throw new RangeError("dataset: GeoJSON is available for the corridors and facilities datasets only");
    return `${JSON.stringify(corridorsGeoJson(where), null, 2)}\n`;
  }
  const all = Object.hasOwn(DATASETS, name) ? DATASETS[name] : undefined;
  if (all === undefined) throw new RangeError(`dataset: unknown dataset '${name}'; use one of ${DATASET_NAMES.join(", ")}`);
  const records = options.where === undefined ? all : select(name, all, where);
  if (format === "json") return `${JSON.stringify(records, null, 2)}\n`;
  if (cells === "text") {
    const rows =
      name === "facilities"
        ? (records as readonly FacilityRecord[]).map((f) => facilityRow(f, where.date))
        : records.map(readableRow);
    return csvOf(rows);
  }
  const flat = records.map(flattenRecord);
  const columns = flatColumns(flat);
  return formatCsv([columns, ...flat.map((r) => columns.map((c) => r[c] ?? ""))]);
}
