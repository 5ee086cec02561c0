import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partialDateSpan } from "../../src/core/partial-dates.js";
import {
  measures,
  measuresForFacility,
  measuresForRoute,
  measuresInForce,
  policyEvents,
  policyTimeline,
} from "../../src/measures.js";

const isoDay = fc
  .date({ min: new Date("2010-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const C5 = ["KZ", "KG", "TJ", "TM", "UZ"];
const ids = (r: { inForce: { measure: { id: string } }[] }) => r.inForce.map((h) => h.measure.id);

describe("measuresInForce honours the dates", () => {
  it("a measure with a day-precise start and a day-precise end is in force exactly between them (property-based)", () => {
    const bounded = measures.filter(
      (m) => m.dates.inForce?.length === 10 && (m.dates.ends?.length === 10 || m.dates.ended?.length === 10),
    );
    expect(bounded.length).toBeGreaterThan(2);
    fc.assert(
      fc.property(fc.constantFrom(...bounded), isoDay, (m, date) => {
        const start = m.dates.inForce as string;
        // `ends` is the act's last day; `ended` is the day it stopped applying
        const { ended, ends } = m.dates;
        const inside = ended !== undefined ? date >= start && date < ended : date >= start && ends !== undefined && date <= ends;
        expect(ids(measuresInForce(m.country, date)).includes(m.id), `${m.id} on ${date}`).toBe(inside);
      }),
      { numRuns: 300 },
    );
  });

  it("a start that never took effect is never in force, on any day (property-based)", () => {
    const planned = measures.filter((m) => m.dates.plannedInForce !== undefined);
    expect(planned.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...planned), isoDay, (m, date) => {
        const r = measuresInForce(m.country, date);
        expect(ids(r)).not.toContain(m.id);
        expect(r.uncertain.map((u) => u.measure.id)).not.toContain(m.id);
      }),
      { numRuns: 200 },
    );
  });

  it("nothing is in force before the day the record says it took effect (property-based)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...C5), isoDay, (c, date) => {
        for (const h of measuresInForce(c, date).inForce) {
          expect(partialDateSpan(h.since)[1] <= date, `${h.measure.id} on ${date}`).toBe(true);
          if (h.until !== undefined) expect(date <= h.until, `${h.measure.id} on ${date}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a six-month ban lasts six months from its start when no end is given (an inference the answer labels)", () => {
    const before = measuresInForce("KZ", "2024-11-04").inForce.find((h) => h.measure.id === "kz-2024-scrap-export-ban");
    expect(before?.untilBasis).toBe("term");
    expect(before?.until).toBe("2024-11-04");
    expect(ids(measuresInForce("KZ", "2024-11-05"))).not.toContain("kz-2024-scrap-export-ban");
  });

  it("a renewal ends the term before it: the 2022 scrap ban is no longer in force once the 2024 one starts", () => {
    expect(ids(measuresInForce("KZ", "2024-05-04"))).toContain("kz-2022-scrap-export-ban");
    expect(ids(measuresInForce("KZ", "2024-05-05"))).not.toContain("kz-2022-scrap-export-ban");
  });

  it("KZ's third unrefined-gold ban applies from 9 September 2015 to 9 January 2016, not after", () => {
    expect(ids(measuresInForce("KZ", "2015-09-08", "gold"))).not.toContain("kz-2015-09-unrefined-gold-export-ban");
    expect(ids(measuresInForce("KZ", "2016-01-09", "gold"))).toContain("kz-2015-09-unrefined-gold-export-ban");
    expect(ids(measuresInForce("KZ", "2016-01-10", "gold"))).not.toContain("kz-2015-09-unrefined-gold-export-ban");
  });
});

describe("measuresInForce: products, countries and the argument contract", () => {
  it("an HS heading matches its subheadings and the reverse", () => {
    const heading = ids(measuresInForce("UZ", "2025-08-01", "7404"));
    const sub = ids(measuresInForce("UZ", "2025-08-01", "740400"));
    expect(heading).toEqual(sub);
    expect(heading).toContain("uz-2025-export-duties-scrap-copper");
  });

  it("a mineral matches measures naming it and those on every mineral", () => {
    const r = measuresInForce("KZ", "2024-06-01", "Copper");
    expect(r.product).toEqual({ mineral: "copper" });
    expect(ids(r)).toContain("kz-subsoil-code-state-priority-right");
    for (const h of r.inForce)
      expect(h.measure.products.some((p) => p.allMinerals === true || (p.minerals as readonly string[]).includes("copper"))).toBe(
        true,
      );
  });

  it("answers several countries in one call, in the order asked", () => {
    const r = measuresInForce(["kyrgyzstan", "KZ"], "2022-09-01");
    expect(r.countries).toEqual(["KG", "KZ"]);
    const countries = r.inForce.map((h) => h.measure.country);
    expect(countries.indexOf("KZ") === -1 || countries.lastIndexOf("KG") < countries.indexOf("KZ")).toBe(true);
  });

  it("says why an answer is empty", () => {
    expect(measuresInForce("TM", "2025-01-01").reason).toMatch(/No measure of TM/);
    expect(measuresInForce("US", "2025-01-01").reason).toMatch(/C5 states only/);
    expect(measuresInForce("TJ", "2030-06-01", "uranium").reason).toMatch(/No measure of TJ/);
  });

  it("refuses bad arguments with an error naming the parameter", () => {
    expect(() => measuresInForce("Atlantis", "2025-01-01")).toThrow(/^country/);
    expect(() => measuresInForce(["KZ", "Atlantis"], "2025-01-01")).toThrow(/^country\[1\]/);
    expect(() => measuresInForce([], "2025-01-01")).toThrow(TypeError);
    expect(() => measuresInForce("KZ", "2025-02-30")).toThrow(/^date/);
    expect(() => measuresInForce("KZ", "2025")).toThrow(/^date/);
    expect(() => measuresInForce("KZ", "2025-01-01", "unobtainium")).toThrow(/^product/);
    expect(() => measuresInForce("KZ", 20250101 as unknown as string)).toThrow(TypeError);
  });
});

describe("policyTimeline", () => {
  it("lists every dated step of a country's measures and events, oldest first", () => {
    const t = policyTimeline("KG");
    const starts = t.entries.map((e) => partialDateSpan(e.date)[0]);
    expect(starts).toEqual([...starts].sort());
    const expected =
      measures
        .filter((m) => m.country === "KG")
        .reduce((n, m) => n + Object.entries(m.dates).filter(([k]) => k !== "note" && k !== "termMonths").length, 0) +
      policyEvents
        .filter((e) => e.country === "KG")
        .reduce((n, e) => n + 1 + (e.inForce !== undefined && e.inForce !== e.date ? 1 : 0) + (e.ended !== undefined ? 1 : 0), 0);
    expect(t.entries.length).toBe(expected);
  });

  it("filters by mineral, keeping sector-wide entries unless asked not to", () => {
    const all = policyTimeline("KZ", { mineral: "uranium" });
    expect(all.entries.some((e) => e.sectorWide)).toBe(true);
    const only = policyTimeline("KZ", { mineral: "uranium", sectorWide: false });
    expect(only.entries.length).toBeGreaterThan(0);
    expect(only.entries.every((e) => !e.sectorWide)).toBe(true);
  });

  it("respects the date window and refuses a reversed one", () => {
    const t = policyTimeline("TJ", { from: "2020", to: "2022" });
    for (const e of t.entries) expect(e.date.slice(0, 4) >= "2020" && e.date.slice(0, 4) <= "2022").toBe(true);
    expect(() => policyTimeline("TJ", { from: "2022", to: "2020" })).toThrow(RangeError);
    expect(() => policyTimeline("TJ", { mineral: "unobtainium" })).toThrow(/^options.mineral/);
    expect(() => policyTimeline("TJ", { colour: "red" } as never)).toThrow(/unknown key/);
  });

  it("says why a timeline is empty", () => {
    expect(policyTimeline("DE").reason).toMatch(/C5 states only/);
    expect(policyTimeline("TM", { mineral: "lithium", sectorWide: false }).reason).toBeDefined();
  });
});

describe("measures for a facility and for a route", () => {
  it("a facility gets its country's measures on its minerals", () => {
    const r = measuresForFacility("kara-balta-gold-refinery", "2015-10-01");
    expect(r.country).toBe("KG");
    for (const h of r.inForce)
      expect(h.measure.products.some((p) => p.allMinerals === true || p.minerals.some((m) => r.minerals.includes(m)))).toBe(true);
    const kz = measuresForFacility("tau-ken-altyn-refinery", "2015-10-01");
    expect(kz.inForce.map((h) => h.measure.id)).toContain("kz-2015-09-unrefined-gold-export-ban");
    expect(() => measuresForFacility("nowhere", "2015-10-01")).toThrow(/^facilityId/);
  });

  it("a route is judged by the export measures of the country it starts in", () => {
    const r = measuresForRoute({ countries: ["KZ", "RU", "BY"] }, "2025-05-01", "copper");
    expect(r.origin.countries).toEqual(["KZ"]);
    expect(r.transit).toEqual(["RU", "BY"]);
    expect(() => measuresForRoute({ countries: [] }, "2025-05-01")).toThrow(RangeError);
    expect(() => measuresForRoute(null as never, "2025-05-01")).toThrow(TypeError);
  });
});
