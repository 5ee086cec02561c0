import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partialDateSpan } from "../../src/core/partial-dates.js";
import { events, partnerships } from "../../src/datasets/partnerships.js";
import { membersAsOf, partnershipsOf } from "../../src/queries/membership.js";
import { timeline } from "../../src/queries/timeline.js";

const isoDay = fc
  .date({ min: new Date("2010-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("membership as of a date (property-based)", () => {
  it("holds exactly from the first day of `joined` to before the last day of `left`", () => {
    fc.assert(
      fc.property(fc.constantFrom(...partnerships), isoDay, (p, date) => {
        const active = new Set(membersAsOf(p.id, date).map((m) => m.party));
        for (const m of p.members) {
          const started = partialDateSpan(m.joined)[0] <= date;
          const ended = m.left !== undefined && partialDateSpan(m.left)[0] <= date;
          expect(active.has(m.party), `${p.id} ${m.party} ${date}`).toBe(started && !ended);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it("never loses a member who has not left as time goes on", () => {
    fc.assert(
      fc.property(fc.constantFrom(...partnerships), isoDay, isoDay, (p, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const later = new Set(membersAsOf(p.id, late).map((m) => m.party));
        for (const m of membersAsOf(p.id, early)) if (m.left === undefined) expect(later.has(m.party)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it("agrees with partnershipsOf", () => {
    fc.assert(
      fc.property(fc.constantFrom("KZ", "UZ", "US", "EU", "IN"), isoDay, (party, date) => {
        for (const p of partnershipsOf(party, date)) expect(membersAsOf(p.id, date).map((m) => m.party)).toContain(party);
      }),
    );
  });
  it("rejects a malformed date and an unknown partnership", () => {
    expect(() => membersAsOf("c5-plus-1", "2024")).toThrow(/YYYY-MM-DD/);
    expect(() => membersAsOf("nope", "2024-01-01")).toThrow(/partnershipId: no partnership matches "nope"/);
  });
});

describe("timeline", () => {
  it("filters by date range, country and partnership, and stays in date order", () => {
    fc.assert(
      fc.property(isoDay, isoDay, fc.constantFrom(undefined, "KZ", "US", "UZ"), (a, b, country) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const got = timeline({ from, to, ...(country ? { country } : {}) });
        expect(got.map((e) => e.date)).toEqual([...got.map((e) => e.date)].sort());
        for (const e of got) {
          expect(e.date >= from && e.date <= to).toBe(true);
          if (country) expect((e.participants as readonly string[]).includes(country) || e.place?.country === country).toBe(true);
        }
      }),
    );
  });
  it("includes events of partnerships under the one asked for, unless told not to", () => {
    const all = timeline({ partnership: "minerals-security-partnership" });
    const own = timeline({ partnership: "minerals-security-partnership", includeChildren: false });
    expect(all.length).toBeGreaterThan(own.length);
    expect(own.every((e) => (e.partnerships as readonly string[]).includes("minerals-security-partnership"))).toBe(true);
    expect(timeline().length).toBe(events.length);
  });
});
