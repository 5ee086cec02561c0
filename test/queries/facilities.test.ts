import { describe, expect, it } from "vitest";
import { corridorNodes } from "../../src/corridors.js";
import {
  companies,
  controlOf,
  currentStatus,
  facilities,
  findFacilities,
  getCompany,
  getFacility,
  ownersOf,
  parentChain,
  projects,
  projectsTimeline,
  routesFromFacility,
  subsidiariesOf,
} from "../../src/facilities.js";
import { figures } from "../../src/figures.js";

describe("findFacilities", () => {
  it("filters by country and mineral as the records say", () => {
    const found = findFacilities({ country: "tm", mineral: "iodine" });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(facilities.filter((f) => f.country === "TM" && f.commodities.some((c) => c.mineral === "iodine")));
  });

  it("finds Inkai among facilities with a Canadian owner (Cameco holds 40% per the newest claim)", () => {
    expect(findFacilities({ ownerCountry: "CA" }).map((f) => f.id)).toContain("inkai");
  });

  it("finds facilities through an owner's parent chain (ultimate owner), not as a direct owner", () => {
    // Aktogay is owned by KAZ Minerals Aktogay LLC, a KAZ Minerals company acquired by Nova Resources B.V.
    expect(findFacilities({ ultimateOwner: "nova-resources" }).map((f) => f.id)).toContain("aktogay");
    expect(findFacilities({ owner: "nova-resources" }).map((f) => f.id)).not.toContain("aktogay");
    expect(findFacilities({ owner: "kaz-minerals-aktogay" }).map((f) => f.id)).toEqual(["aktogay"]);
  });

  it("filters by an ultimate holder that is a state, and by exit node", () => {
    // KATCO: Orano Mining 51% (Orano, 90.33% French State), Kazatomprom 49% (Samruk-Kazyna and the Ministry of Finance)
    const french = findFacilities({ ultimateOwner: "state:FR" }).map((f) => f.id);
    expect(french).toContain("katco");
    expect(findFacilities({ ultimateOwner: "state:KZ" }).map((f) => f.id)).toEqual(expect.arrayContaining(["katco", "inkai"]));
    const bukhara = findFacilities({ exitNode: "bukhara" });
    expect(bukhara.length).toBe(facilities.filter((f) => f.exit.node === "bukhara").length);
    expect(bukhara.length).toBeGreaterThan(0);
  });

  it("checks its arguments", () => {
    expect(() => findFacilities(null as never)).toThrow(TypeError);
    expect(() => findFacilities({ country: 7 as never })).toThrow(/filter.country/);
    expect(() => findFacilities({ country: "Atlantis" })).toThrow(RangeError);
    expect(() => findFacilities({ owner: "no-such-company" })).toThrow(/filter.owner/);
    expect(() => findFacilities({ exitNode: "no-such-node" })).toThrow(/filter.exitNode/);
  });
});

describe("owners and status", () => {
  it("takes the newest ownership claim and keeps the older one in the record", () => {
    const inkai = getFacility("inkai");
    const now = ownersOf(inkai);
    expect(Object.fromEntries(now.map((o) => [o.company.id, o.share]))).toEqual({ kazatomprom: 60, cameco: 40 });
    const in2017 = ownersOf(inkai, "2017-12-31");
    expect(Object.fromEntries(in2017.map((o) => [o.company.id, o.share]))).toEqual({ cameco: 60, kazatomprom: 40 });
    expect(ownersOf(inkai, "2000")).toEqual([]);
  });

  it("reads the newest status: Inkai's January 2025 suspension was followed by a restart", () => {
    // JV Inkai suspended production on 1 January 2025 and resumed it in January (reported on 27 January).
    const inkai = getFacility("inkai");
    expect(currentStatus(inkai)).toBe("operating");
    const events = (inkai.status as readonly { event?: string }[]).map((s) => s.event).filter((e) => e !== undefined);
    expect(events).toEqual(["suspension", "restart"]);
  });

  it("walks company parents up to the ultimate parent and back down", () => {
    expect(parentChain("kazchrome").map((c) => c.id)).toEqual(["kazchrome", "erg"]);
    expect(getCompany("erg")?.country).toBe("LU");
    expect(subsidiariesOf("erg").map((c) => c.id)).toContain("kazchrome");
    expect(() => parentChain("no-such-company")).toThrow(/companyId: no company matches "no-such-company"/);
    expect(parentChain("KazChrome").map((c) => c.id)).toEqual(["kazchrome", "erg"]);
  });
});

describe("controlOf", () => {
  it("splits Kazakhstan's uranium capacity by ultimate holders' countries and sums to the whole", () => {
    const c = controlOf("KZ", "uranium", { measure: "capacity" });
    const sum = c.byHolderCountry.reduce((s, x) => s + x.share, 0);
    expect(sum).toBeCloseTo(1, 9);
    // KATCO: Orano Mining 51% (its parent Orano is 90.33% French State), 4,000 tU a year.
    const fr = c.byHolderCountry.find((x) => x.key === "FR");
    expect(fr?.tonnes).toBeCloseTo(4000 * 0.51 * 0.9033, 6);
  });

  it("states coverage against the national figure of the same year and basis", () => {
    const c = controlOf("KZ", "chromium");
    expect(c.totalTonnes).toBe(6_000_000);
    const national = figures
      .filter(
        (f) =>
          f.country === "KZ" &&
          f.mineral === "chromium" &&
          f.measure === "mine-production" &&
          f.year === c.year &&
          f.value !== null,
      )
      .sort((a, b) => (a.vintage < b.vintage ? 1 : -1))[0];
    expect(c.national?.figure.value).toBe(national?.value);
    expect(c.coverage).toBeCloseTo(6_000_000 / ((national?.value ?? 1) * 1000), 9);
  });

  it("never counts targets, and says which facilities it left out", () => {
    const c = controlOf("KZ", "copper");
    for (const f of c.facilities) expect(f.output.status).not.toBe("target");
    expect(c.facilities.length + c.mismatches.length).toBe(findFacilities({ country: "KZ", mineral: "copper" }).length);
  });

  it("checks its arguments", () => {
    expect(() => controlOf(1 as never, "zinc")).toThrow(TypeError);
    expect(() => controlOf("Atlantis", "zinc")).toThrow(RangeError);
    expect(() => controlOf("KZ", "unobtainium")).toThrow(RangeError);
    expect(() => controlOf("KZ", "zinc", { measure: "weight" as never })).toThrow(RangeError);
    expect(() => controlOf("KZ", "zinc", { year: 2024.5 })).toThrow(RangeError);
  });
});

describe("projectsTimeline", () => {
  it("lists every stage of every project in date order", () => {
    const all = projectsTimeline();
    expect(all.length).toBe(projects.reduce((s, p) => s + p.stages.length, 0));
    for (let i = 1; i < all.length; i++)
      expect((all[i - 1]?.date ?? "").slice(0, 4) <= (all[i]?.date ?? "").slice(0, 4)).toBe(true);
  });

  it("finds the tungsten joint venture announced at the C5+1 summit of 6 November 2025 by its US partner", () => {
    const us = projectsTimeline({ partnerCountry: "US", mineral: "tungsten" });
    const announced = us.find((m) => m.stage === "announced");
    expect(announced?.date).toBe("2025-11-06");
    expect(announced?.project.events).toContain("c5-plus-1-summit-2025-washington");
    const partners = announced?.project.partners.filter((p) => p.share !== undefined).map((p) => p.share);
    expect(partners?.sort()).toEqual([30, 70]);
  });
});

describe("routesFromFacility", () => {
  it("starts at the facility's exit node and honours avoided countries", () => {
    const [route] = routesFromFacility("hazar-chemical-plant", "TR", { avoidCountries: ["RU", "IR"] });
    expect(route?.nodes[0]?.id).toBe("turkmenbashi-port");
    expect(route?.countries.some((c) => c === "RU" || c === "IR")).toBe(false);
  });

  it("rejects unknown facilities and exits not on the graph", () => {
    expect(() => routesFromFacility("no-such-facility", "TR")).toThrow(RangeError);
    const off = facilities.find((f) => !corridorNodes.some((n) => n.id === f.exit.node));
    if (off !== undefined) expect(() => routesFromFacility(off.id, "TR")).toThrow(/not on the corridor graph/);
  });
});

describe("companies", () => {
  it("have unique ids", () => {
    expect(new Set(companies.map((c) => c.id)).size).toBe(companies.length);
  });
});
