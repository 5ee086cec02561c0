import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { DATASET_NAMES, DATASETS } from "../../src/cli/export.js";
import { readCsvRecords } from "../../src/core/csv.js";
import { corridorLegs, corridorNodes, facilities } from "../../src/index.js";
import { ENTITY_NAMES } from "../../src/validate/entities.js";
import { unflattenRecord } from "../../src/validate/flat.js";
import { built, describeWhen } from "./prerequisites.js";

const dist = resolve(import.meta.dirname, "../../dist");
const entityOf: Record<string, (typeof ENTITY_NAMES)[number] | undefined> = {
  sources: "source",
  countries: "country",
  minerals: "mineral",
  lists: "critical-mineral-list",
  "figure-tables": "figure-table",
  figures: "figure",
  partnerships: "partnership",
  events: "event",
  corridors: "corridor",
  "corridor-nodes": "corridor-node",
  "corridor-legs": "corridor-leg",
  facilities: "facility",
  companies: "company",
  projects: "project",
  "coverage-gaps": "coverage-gap",
};

describeWhen(built("data"), "dist/data", "the published data files", () => {
  it.each(DATASET_NAMES)("%s.json holds exactly the records the JS export holds", (name) => {
    const file = JSON.parse(readFileSync(join(dist, "data", `${name}.json`), "utf8"));
    expect(file).toEqual(JSON.parse(JSON.stringify(DATASETS[name])));
  });

  it.each(DATASET_NAMES.filter((n) => entityOf[n] !== undefined))(
    "%s.csv reads back, record for record, into the JS export",
    (name) => {
      const rows = readCsvRecords(readFileSync(join(dist, "data", `${name}.csv`), "utf8"));
      const entity = entityOf[name];
      if (entity === undefined) return;
      expect(rows.map((r) => unflattenRecord(entity, r))).toEqual(JSON.parse(JSON.stringify(DATASETS[name])));
    },
  );

  it("corridors.geojson has a point for every node and a line for every leg, at the nodes' coordinates", () => {
    const geo = JSON.parse(readFileSync(join(dist, "data", "corridors.geojson"), "utf8"));
    expect(geo.type).toBe("FeatureCollection");
    const points = geo.features.filter((f: { geometry: { type: string } }) => f.geometry.type === "Point");
    const lines = geo.features.filter((f: { geometry: { type: string } }) => f.geometry.type === "LineString");
    expect(points.length).toBe(corridorNodes.length);
    expect(lines.length).toBe(corridorLegs.length);
    for (const p of points) {
      const node = corridorNodes.find((n) => n.id === p.id);
      expect(p.geometry.coordinates).toEqual([node?.coordinates.lon, node?.coordinates.lat]);
    }
  });

  it("facilities.geojson has a point for every facility with sourced coordinates, at those coordinates", () => {
    const geo = JSON.parse(readFileSync(join(dist, "data", "facilities.geojson"), "utf8"));
    const located = facilities.filter((f) => f.location !== undefined);
    expect(geo.features.length).toBe(located.length);
    for (const p of geo.features) {
      const f = located.find((x) => x.id === p.id);
      expect(p.geometry.coordinates).toEqual([f?.location?.lon, f?.location?.lat]);
      expect(p.properties.exitNode).toBe(f?.exit.node);
    }
  });

  it("every entity has its JSON Schema", () => {
    for (const entity of ENTITY_NAMES) expect(existsSync(join(dist, "json-schema", `${entity}.json`)), entity).toBe(true);
  });
});
