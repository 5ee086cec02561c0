import { describe, expect, it } from "vitest";
import * as z from "zod";
import { corridorNodes } from "../../src/corridors.js";
import { countries, getCountry } from "../../src/countries.js";
import { companies, coverageGaps, facilities, projects, routesFromFacility } from "../../src/facilities.js";
import { figures, figureTables } from "../../src/figures.js";
import { events, partnerships } from "../../src/partnerships.js";
import * as schemas from "../../src/schemas/index.js";
import { sources } from "../../src/sources.js";
import { checkFacilityIntegrity } from "../../src/validate/facilities-integrity.js";
import { collections } from "./all.js";
import { nearOutline } from "./geo.js";

const C5 = ["KZ", "KG", "TJ", "TM", "UZ"] as const;
const sourceIds = new Set<string>(sources.map((s) => s.id));
const companyIds = new Set<string>(companies.map((c) => c.id));
const nodeIds = new Set<string>(corridorNodes.map((n) => n.id));

describe("facility records", () => {
  it("validate against their schemas", () => {
    for (const [schema, records] of [
      [schemas.Facility, facilities],
      [schemas.Company, companies],
      [schemas.Project, projects],
      [schemas.CoverageGap, coverageGaps],
    ] as const) {
      const r = z.array(schema as z.ZodType).safeParse(records);
      expect(r.success ? [] : z.prettifyError(r.error)).toEqual([]);
    }
  });

  it("are consistent with every other collection", () => {
    const issues = checkFacilityIntegrity({ ...collections, facilities, companies, projects, coverageGaps });
    expect(issues).toEqual([]);
  });

  it("refuse a no-facility gap for a pair with a facility, and an output gap for a pair without one", () => {
    const withFacility = facilities[0];
    const mineral = withFacility?.commodities[0]?.mineral ?? "";
    const without = figures.find(
      (f) =>
        f.country === "KZ" && !facilities.some((x) => x.country === "KZ" && x.commodities.some((c) => c.mineral === f.mineral)),
    );
    expect(without).toBeDefined();
    const gaps = [
      { country: withFacility?.country ?? "KZ", mineral, reason: "r" },
      { country: withFacility?.country ?? "KZ", mineral, kind: "output" as const, reason: "r" },
      { country: "KZ" as const, mineral: without?.mineral ?? "", kind: "output" as const, reason: "r" },
      { country: "KZ" as const, mineral: without?.mineral ?? "", kind: "no-facility" as const, reason: "r" },
    ];
    const issues = checkFacilityIntegrity({ facilities, coverageGaps: gaps });
    expect(issues.map((i) => i.path)).toEqual(["coverageGaps[0]", "coverageGaps[2].kind"]);
  });

  // Inside the Natural Earth 1:50m outline, or within about 5 km of it: coastal towns (Garabogaz, Hazar)
  // can fall just outside a coastline drawn at that scale.
  it.each(facilities.filter((f) => f.location !== undefined).map((f) => [f.id, f] as const))(
    "%s has coordinates inside its country",
    (_id, f) => {
      const numeric = getCountry(f.country)?.numeric ?? "";
      const { lat, lon } = f.location ?? { lat: 0, lon: 0 };
      expect(nearOutline(numeric, lat, lon)).toBe(true);
    },
  );

  it("each have coordinates or say why not, never both", () => {
    for (const f of facilities) {
      const located = f.location !== undefined;
      const gap = f.locationGap !== undefined;
      expect(located !== gap, `${f.id}: location ${located}, locationGap ${gap}`).toBe(true);
      if (gap) expect(f.locationGap?.reason.trim().length ?? 0, f.id).toBeGreaterThan(20);
    }
  });

  it("place at least nine in ten facilities with a sourced point (issue 22)", () => {
    const located = facilities.filter((f) => f.location !== undefined).length;
    expect(facilities.length).toBeGreaterThan(0);
    expect(located / facilities.length).toBeGreaterThanOrEqual(0.9);
  });

  it("name both sources of a point that stands for a town or district", () => {
    // A town or district point has two claims: the place's coordinates (location.source) and that the
    // facility is there (placedBy, cited among the facility's own sources). The second source is never the
    // first; a site's own coordinates need no second source.
    for (const f of facilities) {
      const l = f.location;
      if (l?.placedBy === undefined) continue;
      expect(["town", "district"], f.id).toContain(l.precision);
      expect(l.placedBy, f.id).not.toBe(l.source);
      expect(f.sources, `${f.id} cites ${l.placedBy}`).toContain(l.placedBy);
    }
  });

  it("name owners and operators that are companies of the dataset", () => {
    for (const f of facilities) {
      for (const o of f.owners) expect(companyIds.has(o.company), `${f.id} owner ${o.company}`).toBe(true);
      if (f.operator !== undefined) expect(companyIds.has(f.operator), `${f.id} operator`).toBe(true);
    }
  });

  it("have owners' shares that add up to at most 100 % per date and source", () => {
    for (const f of facilities) {
      const sums: Record<string, number> = {};
      for (const o of f.owners) sums[`${o.asOf} ${o.source}`] = (sums[`${o.asOf} ${o.source}`] ?? 0) + o.share;
      for (const [key, sum] of Object.entries(sums)) expect(sum, `${f.id} ${key}`).toBeLessThanOrEqual(100);
    }
  });

  it("each leave from a node of the corridor graph, with a source or a reason", () => {
    for (const f of facilities) {
      expect(nodeIds.has(f.exit.node), `${f.id} -> ${f.exit.node}`).toBe(true);
      expect(f.exit.source !== undefined || f.exit.reason !== undefined).toBe(true);
    }
  });

  it("give a known source for every value", () => {
    for (const f of facilities) {
      const refs = [
        ...f.sources,
        ...(f.location ? [f.location.source] : []),
        ...(f.location?.placedBy !== undefined ? [f.location.placedBy] : []),
        ...(f.locationGap?.sources ?? []),
        ...f.status.map((s) => s.source),
        ...f.owners.map((o) => o.source),
        ...f.output.map((o) => o.source),
        ...(f.exit.source ? [f.exit.source] : []),
      ];
      for (const id of refs) expect(sourceIds.has(id), `${f.id}: ${id}`).toBe(true);
    }
    for (const c of companies) for (const s of c.stateOwnership) expect(sourceIds.has(s.source)).toBe(true);
    for (const p of projects) {
      for (const id of [...p.sources, ...p.stages.map((s) => s.source), ...p.amounts.map((a) => a.source)]) {
        expect(sourceIds.has(id), `${p.id}: ${id}`).toBe(true);
      }
    }
  });

  it("never state a target as an outturn: targets carry status 'target'", () => {
    for (const f of facilities) for (const o of f.output) expect(["reported", "estimated", "target"]).toContain(o.status);
  });
});

describe("coverage", () => {
  it("has at least 60 facilities and at least 3 in each C5 state", () => {
    expect(facilities.length).toBeGreaterThanOrEqual(60);
    for (const c of C5) expect(facilities.filter((f) => f.country === c).length, c).toBeGreaterThanOrEqual(3);
  });

  it("gives every (C5 state, mineral) pair of the newest figures a facility or a reason", () => {
    // Pairs computed here from the figures, independently of the package's supply queries: a non-null
    // value for a C5 state in the newest year a table gives.
    const alternative = new Set<string>(figureTables.filter((t) => t.kind === "alternative").map((t) => t.id));
    // the newest edition that prints a table for the mineral (older editions, such as MCS 2023, do not count)
    const newestEdition = new Map<string, string>();
    for (const f of figures)
      if (!alternative.has(f.table) && (newestEdition.get(f.mineral) ?? "") < f.vintage) newestEdition.set(f.mineral, f.vintage);
    const newest = new Map<string, number>();
    for (const f of figures)
      if (f.value !== null && f.vintage === newestEdition.get(f.mineral))
        newest.set(f.table, Math.max(newest.get(f.table) ?? 0, f.year));
    const pairs = new Set<string>();
    for (const f of figures) {
      if (alternative.has(f.table) || f.value === null || !(C5 as readonly string[]).includes(f.country)) continue;
      if (f.year === newest.get(f.table)) pairs.add(`${f.country} ${f.mineral}`);
    }
    expect(pairs.size).toBeGreaterThan(20);
    const missing = [...pairs].filter((pair) => {
      const [country, mineral] = pair.split(" ");
      const hasFacility = facilities.some((f) => f.country === country && f.commodities.some((c) => c.mineral === mineral));
      const hasGap = coverageGaps.some((g) => g.country === country && g.mineral === mineral);
      return !hasFacility && !hasGap;
    });
    expect(missing).toEqual([]);
  });

  it("has at least 10 projects, each linked to a facility, partnership or event of the dataset", () => {
    expect(projects.length).toBeGreaterThanOrEqual(10);
    const ids = new Set<string>([...facilities.map((f) => f.id), ...partnerships.map((p) => p.id), ...events.map((e) => e.id)]);
    for (const p of projects) {
      const links = [...p.facilities, ...p.partnerships, ...p.events];
      expect(links.length, p.id).toBeGreaterThan(0);
      for (const l of links) expect(ids.has(l), `${p.id} -> ${l}`).toBe(true);
    }
  });

  it("uses only countries the countries dataset has", () => {
    const codes = new Set<string>(countries.map((c) => c.alpha2));
    for (const c of companies) if (c.country !== undefined) expect(codes.has(c.country), c.id).toBe(true);
  });
});

describe("a route from a facility", () => {
  it("runs end to end from a mine's exit node to Türkiye avoiding Russia", () => {
    // The Caspian iodine plant at Hazar ships from the Port of Turkmenbashi, on the Middle Corridor's ferry.
    const f = facilities.find((x) => x.id === "hazar-chemical-plant");
    expect(f?.exit.node).toBe("turkmenbashi-port");
    if (f === undefined) return;
    const [route] = routesFromFacility(f.id, "TR", { avoidCountries: ["RU"] });
    expect(route).toBeDefined();
    expect(route?.nodes[0]?.id).toBe(f.exit.node);
    expect(route?.nodes.at(-1)?.country).toBe("TR");
    expect(route?.countries).not.toContain("RU");
    // every consecutive pair of nodes is joined by the leg between them
    route?.legs.forEach((l, i) => {
      expect([l.leg.from, l.leg.to].sort()).toEqual([route.nodes[i]?.id, route.nodes[i + 1]?.id].sort());
    });
  });
});
