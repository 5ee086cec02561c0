import { formatCsv } from "../core/csv.js";
import { corridorLegs, corridorNodes, corridors } from "../datasets/corridors.js";
import { countries } from "../datasets/countries.js";
import { companies, coverageGaps, facilities, projects } from "../datasets/facilities.js";
import { figures, figureTables } from "../datasets/figures.js";
import { importDependence } from "../datasets/import-dependence.js";
import { criticalMineralLists } from "../datasets/lists.js";
import { measures, policyEvents } from "../datasets/measures.js";
import { elements, minerals } from "../datasets/minerals.js";
import { events, partnerships } from "../datasets/partnerships.js";
import { sources } from "../datasets/sources.js";
import { flatColumns, flattenRecord } from "../validate/flat.js";
import { UsageError } from "./errors.js";

/** Every dataset by the name the CLI and the published files use. */
export const DATASETS: Readonly<Record<string, readonly object[]>> = Object.freeze({
  sources,
  countries,
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
  measures,
  "policy-events": policyEvents,
});

export const DATASET_NAMES = Object.freeze(Object.keys(DATASETS));

export type ExportFormat = "json" | "csv" | "geojson";

/** The corridor graph as a GeoJSON FeatureCollection: nodes as points, legs as lines. */
export function corridorsGeoJson(): object {
  const nodeById = new Map<string, (typeof corridorNodes)[number]>(corridorNodes.map((n) => [n.id, n]));
  const corridorsOf = (legId: string) => corridors.filter((c) => (c.legs as readonly string[]).includes(legId)).map((c) => c.id);
  const point = (n: (typeof corridorNodes)[number]) => [n.coordinates.lon, n.coordinates.lat];
  return {
    type: "FeatureCollection",
    features: [
      ...corridorNodes.map((n) => ({
        type: "Feature",
        id: n.id,
        geometry: { type: "Point", coordinates: point(n) },
        properties: { kind: "node", id: n.id, name: n.name, nodeKind: n.kind, country: n.country, sources: n.sources },
      })),
      ...corridorLegs.flatMap((l) => {
        const a = nodeById.get(l.from);
        const b = nodeById.get(l.to);
        if (a === undefined || b === undefined) return [];
        return [
          {
            type: "Feature",
            id: l.id,
            geometry: { type: "LineString", coordinates: [point(a), point(b)] },
            properties: {
              kind: "leg",
              id: l.id,
              from: l.from,
              to: l.to,
              mode: l.mode,
              status: l.status,
              corridors: corridorsOf(l.id),
              sources: l.sources,
            },
          },
        ];
      }),
    ],
  };
}

/** Facilities as a GeoJSON FeatureCollection of points (facilities without sourced coordinates are left out). */
export function facilitiesGeoJson(): object {
  return {
    type: "FeatureCollection",
    features: facilities.flatMap((f) =>
      f.location === undefined
        ? []
        : [
            {
              type: "Feature",
              id: f.id,
              geometry: { type: "Point", coordinates: [f.location.lon, f.location.lat] },
              properties: {
                kind: "facility",
                id: f.id,
                name: f.name,
                facilityKind: f.kind,
                country: f.country,
                minerals: [...new Set(f.commodities.map((c) => c.mineral))],
                status: f.status.at(-1)?.status,
                operator: f.operator ?? null,
                precision: f.location.precision,
                exitNode: f.exit.node,
                sources: f.sources,
              },
            },
          ],
    ),
  };
}

/** Serialises one dataset in one format, exactly as the published files under `dist/data/` are. */
export function exportDataset(name: string, format: ExportFormat): string {
  if (format === "geojson") {
    if (name === "facilities") return `${JSON.stringify(facilitiesGeoJson(), null, 2)}\n`;
    if (name !== "corridors") throw new UsageError("GeoJSON is available for the corridors and facilities datasets only");
    return `${JSON.stringify(corridorsGeoJson(), null, 2)}\n`;
  }
  const records = Object.hasOwn(DATASETS, name) ? DATASETS[name] : undefined;
  if (records === undefined) throw new UsageError(`Unknown dataset '${name}'. Use one of: ${DATASET_NAMES.join(", ")}`);
  if (format === "json") return `${JSON.stringify(records, null, 2)}\n`;
  const flat = records.map(flattenRecord);
  const columns = flatColumns(flat);
  return formatCsv([columns, ...flat.map((r) => columns.map((c) => r[c] ?? ""))]);
}
