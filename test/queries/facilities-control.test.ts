// Issue 22: who controls the C5's output. Expectations come from the records' own parts (holdings, source
// dates, national figures), never from the answers of the functions under test.
import { describe, expect, it } from "vitest";
import { companies, controlOf, facilities, getCompany, holdingsOf, ultimateHoldersOf } from "../../src/facilities.js";
import { figures, figureTables } from "../../src/figures.js";
import { getSource } from "../../src/sources.js";

const C5 = ["KZ", "KG", "TJ", "TM", "UZ"] as const;
const minerals = [...new Set(facilities.flatMap((f) => f.commodities.map((c) => c.mineral)))];

describe("holdingsOf and ultimateHoldersOf", () => {
  it("every company's direct holdings, now and at the turn of each year, add up to at most 100 %", () => {
    for (const c of companies) {
      for (const date of [undefined, "2013-12-31", "2020-12-31", "2024-12-31"]) {
        const total = holdingsOf(c.id, date).reduce((s, h) => s + h.share, 0);
        expect(total, `${c.id} ${date ?? "now"}`).toBeLessThanOrEqual(100 + 1e-9);
      }
    }
  });

  it("drops a holder whose newest claim is 0 % (the holding ended) from the date it ended, and keeps it before", () => {
    type Claim = { share: number; since?: string; asOf: string; state?: string; company?: string; holder?: string };
    const ended = companies.flatMap((c) =>
      [...(c.stateOwnership as readonly Claim[]), ...((("holders" in c ? c.holders : undefined) ?? []) as readonly Claim[])]
        .filter((h) => h.share === 0)
        .map((h) => ({ company: c.id, id: h.state ?? h.company ?? h.holder ?? "", since: h.since ?? "" })),
    );
    expect(ended.map((e) => e.company)).toContain("centerra-gold");
    for (const e of ended) {
      expect(holdingsOf(e.company).map((h) => h.id)).not.toContain(e.id);
      expect(holdingsOf(e.company, e.since).map((h) => h.id)).not.toContain(e.id);
    }
    // Centerra before the Kumtor deal closed: Kyrgyzaltyn's 26 % for the Kyrgyz state
    expect(holdingsOf("centerra-gold", "2022-05").find((h) => h.id === "KG")?.share).toBe(26);
  });

  it("every chain ends at a state, a listed company, a named private holder or an explicit unknown, and adds up to 100 %", () => {
    for (const c of companies) {
      const holders = ultimateHoldersOf(c.id);
      expect(holders.length, c.id).toBeGreaterThan(0);
      expect(
        holders.reduce((s, h) => s + h.share, 0),
        c.id,
      ).toBeCloseTo(100, 6);
      for (const h of holders) {
        expect(["state", "listed", "private", "unknown"]).toContain(h.kind);
        if (h.kind === "unknown") expect(h.reason, c.id).toBeTruthy();
        if (h.kind === "listed") expect(h.listings.length, c.id).toBeGreaterThan(0);
        if (h.kind === "state") expect(h.country).toBe(h.name);
        // the path starts at the company asked about and every step is a company of the dataset
        expect(h.path[0]).toBe(c.id);
        for (const id of h.path) expect(getCompany(id), id).toBeDefined();
      }
    }
  });

  it("puts the Kazakh state's 40 % of ERG at the top of the chromite chain, not Luxembourg", () => {
    const erg = getCompany("erg");
    const state = erg?.stateOwnership.find((s) => s.state === "KZ");
    const top = ultimateHoldersOf("kazchrome");
    const kz = top.find((h) => h.id === "state:KZ");
    expect(kz?.share).toBe(state?.share);
    expect(kz?.via).toContain("Ministry of Finance");
    // Kazchrome names ERG as parent without a share: the link is inferred, and the answer says so
    expect(kz?.inferred).toBe(true);
    expect(top.some((h) => h.country === "LU")).toBe(false);
  });

  it("passes a listed company's free float to the company itself", () => {
    const kap = getCompany("kazatomprom");
    const state = holdingsOf("kazatomprom").reduce((s, h) => s + h.share, 0);
    const listed = ultimateHoldersOf("kazatomprom").find((h) => h.kind === "listed");
    expect(listed?.listings).toEqual(kap?.listings);
    expect(listed?.share).toBeCloseTo(100 - state, 9);
  });

  it("checks its arguments", () => {
    expect(() => holdingsOf("no-such-company")).toThrow(/companyId/);
    expect(() => ultimateHoldersOf(7 as never)).toThrow(TypeError);
    expect(() => holdingsOf("erg", "2024-13")).toThrow(RangeError);
  });
});

describe("controlOf compares only on the national basis and year", () => {
  const alternative = new Set<string>(figureTables.filter((t) => t.kind === "alternative").map((t) => t.id));
  for (const country of C5) {
    for (const mineral of minerals) {
      if (!facilities.some((f) => f.country === country && f.commodities.some((c) => c.mineral === mineral))) continue;
      it(`${country} ${mineral}`, () => {
        const c = controlOf(country, mineral);
        if (c.national !== null) {
          const n = c.national.figure;
          expect(n.country).toBe(country);
          // mine production where the world tables give the country one; else the refinery, smelter or plant
          // production they print (titanium sponge, primary magnesium, sulfur in all forms)
          const hasMine = figures.some(
            (f) =>
              f.country === country &&
              f.mineral === mineral &&
              f.measure === "mine-production" &&
              f.value !== null &&
              !alternative.has(f.table),
          );
          if (hasMine) expect(n.measure).toBe("mine-production");
          else expect(["refinery-production", "smelter-production", "plant-production", "production"]).toContain(n.measure);
          expect(alternative.has(n.table)).toBe(false);
          expect(n.year).toBe(c.year);
          expect(n.basis).toBe(c.basis);
        } else {
          // nothing is added without a national figure to compare with
          expect(c.facilities).toEqual([]);
        }
        for (const f of c.facilities) {
          // on the national basis as printed, or through a sourced conversion from the printed basis to it
          if (f.conversion === null) expect(f.output.basis).toBe(c.national?.figure.basis);
          else {
            expect([f.conversion.from, f.conversion.to]).toEqual([f.output.basis, c.national?.figure.basis]);
            expect(f.output.form).toContain(f.conversion.compound);
            expect(getSource(f.conversion.source)).toBeDefined();
          }
          expect(f.output.year).toBe(c.national?.figure.year);
          expect(f.output.attributable).not.toBe(true);
          expect(f.output.status).not.toBe("target");
          expect(f.holders.reduce((s, h) => s + h.share, 0)).toBeCloseTo(100, 6);
        }
        const sum = (xs: { tonnes: number }[]) => xs.reduce((s, x) => s + x.tonnes, 0);
        expect(sum(c.byUltimateHolder)).toBeCloseTo(c.totalTonnes, 3);
        expect(sum(c.byHolderCountry)).toBeCloseTo(c.totalTonnes, 3);
        expect(sum(c.byKind)).toBeCloseTo(c.totalTonnes, 3);
        if (c.facilities.length === 0) expect(c.reason).toBeTruthy();
      });
    }
  }

  it("reports Uzbek gold ore and Tajik antimony ore as mismatches instead of adding ore to contained metal", () => {
    for (const [country, mineral, facility] of [
      ["UZ", "gold", "muruntau-gold-mine"],
      ["TJ", "antimony", "anzob-antimony-mercury"],
    ] as const) {
      const c = controlOf(country, mineral);
      const national = figures.find((f) => f.country === country && f.mineral === mineral && f.measure === "mine-production");
      expect(national?.basis).toBe("contained");
      expect(c.facilities.map((f) => f.facility.id)).not.toContain(facility);
      expect(c.mismatches.find((m) => m.facility.id === facility)?.reason).toMatch(/gross-weight|figure for \d{4}/);
    }
  });

  it("converts pounds of U3O8 to tonnes of uranium with the sourced factor, and never counts the partner's share", () => {
    // Inkai's 2017 output is printed as 5.5 million lb of U3O8 on the 100 % basis (Cameco); the national figure is tU
    const c = controlOf("KZ", "uranium", { year: 2017 });
    expect(c.national?.figure.unit).toBe("tU");
    const inkai = c.facilities.find((f) => f.facility.id === "inkai");
    expect(inkai?.output.unit).toBe("Mlb");
    expect(inkai?.output.attributable).not.toBe(true);
    // independently: 2,000 lb make a short ton, and a short ton of U3O8 holds 0.769 tU
    expect(inkai?.tonnes).toBeCloseTo(((5.5 * 1_000_000) / 2000) * 0.769, 6);
    expect(inkai?.conversion?.statement).toMatch(/0\.769/);
    // a figure already in tU is never converted
    for (const f of controlOf("KZ", "uranium").facilities) expect(f.conversion === null).toBe(f.output.unit === "tU");
  });

  it("shows companies' own totals beside the facilities, each against the national figure of its year, never added", () => {
    type Out = { country: string; mineral: string; measure: string; year: number; value: number; unit: string };
    const withTotals = companies.flatMap((c) =>
      ((("output" in c ? c.output : undefined) ?? []) as readonly Out[]).map((o) => ({ company: c.id, ...o })),
    );
    expect(withTotals.length).toBeGreaterThan(0);
    for (const t of withTotals) {
      const c = controlOf(t.country, t.mineral);
      const shown = c.companyTotals.filter((x) => x.company.id === t.company && x.output.year === t.year);
      expect(shown.length, `${t.company} ${t.mineral} ${t.year}`).toBeGreaterThan(0);
      // the coverage rests on the facilities alone
      expect(c.totalTonnes).toBeCloseTo(
        c.facilities.reduce((sum, f) => sum + f.tonnes, 0),
        6,
      );
      for (const x of c.companyTotals) {
        expect([x.output.country, x.output.mineral]).toEqual([c.country, c.mineral]);
        if (x.national === null) expect(x.ofNational).toBeNull();
        else {
          expect(x.national.year).toBe(x.output.year);
          expect(x.national.country).toBe(c.country);
        }
      }
    }
    // Kazatomprom in 2023, on the group (100 %) and attributable bases, against the national figure of 2023
    const ku = controlOf("KZ", "uranium", { year: 2023 }).companyTotals.filter(
      (x) => x.company.id === "kazatomprom" && x.output.year === 2023,
    );
    const national2023 = figures
      .filter((f) => f.country === "KZ" && f.mineral === "uranium" && f.year === 2023 && f.unit === "tU" && f.value !== null)
      .sort((a, b) => b.vintage.localeCompare(a.vintage))[0];
    expect(national2023).toBeDefined();
    const byBasis = new Map(ku.map((x) => [x.output.attributable === true ? "attributable" : "group", x]));
    expect(byBasis.get("group")?.ofNational).toBeCloseTo(21112 / (national2023?.value ?? Number.NaN), 9);
    expect(byBasis.get("attributable")?.ofNational).toBeCloseTo(11170 / (national2023?.value ?? Number.NaN), 9);
    // a year asked for narrows the totals to that year
    for (const x of controlOf("KZ", "uranium", { year: 2022 }).companyTotals) expect(x.output.year).toBe(2022);
    // Kazatomprom's holders behind the total: the Kazakh state through Samruk-Kazyna and the Ministry of Finance, and the float
    expect(byBasis.get("group")?.holders.some((h) => h.id === "state:KZ")).toBe(true);
  });

  it("compares Kazakhstan's chromite with the national figure of the plant figure's year", () => {
    const c = controlOf("KZ", "chromium");
    const counted = c.facilities.map((f) => f.output.year);
    expect(counted.length).toBeGreaterThan(0);
    for (const y of counted) expect(y).toBe(c.national?.figure.year);
    // state versus private from ERG's holders: 40 % state (Ministry of Finance), the rest three families
    const state = c.byKind.find((k) => k.key === "state");
    expect(state?.share).toBeCloseTo((getCompany("erg")?.stateOwnership.find((s) => s.asOf === "2025")?.share ?? 0) / 100, 9);
  });
});
