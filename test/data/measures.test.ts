import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { partialDateSpan } from "../../src/core/partial-dates.js";
import { companies, facilities } from "../../src/facilities.js";
import { measures, policyEvents } from "../../src/measures.js";
import { minerals } from "../../src/minerals.js";
import * as schemas from "../../src/schemas/index.js";
import { sources } from "../../src/sources.js";
import { checkMeasureIntegrity } from "../../src/validate/measures-integrity.js";

const C5 = ["KZ", "KG", "TJ", "TM", "UZ"] as const;
const sourceById = new Map(sources.map((s) => [s.id as string, s]));
const mineralIds = new Set<string>(minerals.map((m) => m.id));
const hs2022 = JSON.parse(readFileSync(new URL("../fixtures/hs2022-measure-codes.json", import.meta.url), "utf8")) as {
  codes: Record<string, string>;
};
/** A writable copy of a record, typed by its schema. */
const plain = (value: unknown): schemas.TradeMeasure => JSON.parse(JSON.stringify(value)) as schemas.TradeMeasure;
/** The first measure matching, or a failed test. */
function pickMeasure(pred: (m: (typeof measures)[number]) => boolean): schemas.TradeMeasure {
  const found = measures.find(pred);
  if (found === undefined) throw new Error("no measure matches");
  return plain(found);
}
/** Whether date `a` is certainly after `b` (every day `a` can denote comes after every day `b` can). */
const isAfter = (a: string, b: string) => partialDateSpan(b)[1] < partialDateSpan(a)[0];

describe("measure and policy-event records", () => {
  it("validate against their schemas", () => {
    for (const [schema, records] of [
      [schemas.TradeMeasure, measures],
      [schemas.PolicyEvent, policyEvents],
    ] as const) {
      const r = z.array(schema as z.ZodType).safeParse(records);
      expect(r.success ? [] : z.prettifyError(r.error)).toEqual([]);
    }
  });

  it("hold at least 25 measures and 25 policy events, events for all five states", () => {
    expect(measures.length).toBeGreaterThanOrEqual(25);
    expect(policyEvents.length).toBeGreaterThanOrEqual(25);
    for (const c of C5)
      expect(
        policyEvents.some((e) => e.country === c),
        c,
      ).toBe(true);
    // measures: Turkmenistan has none yet (no dated, sourced act was read); the other four do
    for (const c of ["KZ", "KG", "TJ", "UZ"])
      expect(
        measures.some((m) => m.country === c),
        c,
      ).toBe(true);
  });

  it("pass the integrity check against the real collections", () => {
    expect(checkMeasureIntegrity({ measures, policyEvents, sources, minerals, facilities, companies })).toEqual([]);
  });

  it("every measure has a dated trace: signed, published, in force, a planned start, an end or a report", () => {
    for (const m of measures) {
      const d = m.dates;
      const traces = [d.signed, d.published, d.inForce, d.plannedInForce, d.ended, d.ends, d.reported].filter(
        (x) => x !== undefined,
      );
      expect(traces.length, m.id).toBeGreaterThan(0);
    }
  });

  it("dates are ordered: signed ≤ published ≤ in force ≤ ended, and signed ≤ the end the act sets", () => {
    for (const m of measures) {
      const d = m.dates;
      const chain = [d.signed, d.published, d.inForce, d.ended].filter((x): x is string => x !== undefined);
      for (let i = 0; i < chain.length; i++)
        for (let j = i + 1; j < chain.length; j++)
          expect(isAfter(chain[i] as string, chain[j] as string), `${m.id}: ${chain[i]} after ${chain[j]}`).toBe(false);
      if (d.signed !== undefined && d.ends !== undefined) expect(isAfter(d.signed, d.ends), m.id).toBe(false);
    }
    for (const e of policyEvents) {
      if (e.ended !== undefined) expect(isAfter(e.inForce ?? e.date, e.ended), e.id).toBe(false);
      if (e.inForce !== undefined && (e.dateIs === "signed" || e.dateIs === "adopted"))
        expect(isAfter(e.date, e.inForce), e.id).toBe(false);
    }
  });

  it("the schema refuses a measure whose dates run backwards", () => {
    const m = pickMeasure(
      (x) => x.dates.signed !== undefined && x.dates.inForce !== undefined && x.dates.signed !== x.dates.inForce,
    );
    expect(schemas.TradeMeasure.safeParse(m).success).toBe(true);
    m.dates = { ...m.dates, signed: m.dates.inForce, inForce: m.dates.signed };
    expect(schemas.TradeMeasure.safeParse(m).success).toBe(false);
    const ended = pickMeasure((x) => x.dates.ended !== undefined && x.dates.signed !== undefined);
    ended.dates.ended = "1990";
    expect(schemas.TradeMeasure.safeParse(ended).success).toBe(false);
  });

  it("amendments, renewals and replacements link to existing measures of the same country, dated no earlier", () => {
    const byId = new Map(measures.map((m) => [m.id as string, m]));
    const linked = measures.filter((m) => m.relation !== undefined);
    expect(linked.some((m) => m.relation?.kind === "amends")).toBe(true);
    for (const m of linked) {
      const target = m.relation === undefined ? undefined : byId.get(m.relation.measure);
      expect(target, `${m.id} -> ${m.relation?.measure}`).toBeDefined();
      if (target === undefined) continue;
      expect(target.country).toBe(m.country);
      const mine = m.dates.signed ?? m.dates.inForce ?? m.dates.reported;
      const theirs = target.dates.signed ?? target.dates.inForce ?? target.dates.reported;
      if (mine !== undefined && theirs !== undefined) expect(isAfter(theirs, mine), m.id).toBe(false);
    }
    const eventIds = new Set<string>(policyEvents.map((e) => e.id));
    for (const e of policyEvents) if (e.relation !== undefined) expect(eventIds.has(e.relation.event), e.id).toBe(true);
  });

  it("the integrity check finds a relation to a missing measure, and one across countries", () => {
    const broken = pickMeasure((m) => m.relation !== undefined);
    broken.relation = { kind: "amends", measure: "no-such-measure" };
    expect(checkMeasureIntegrity({ measures: [broken] }).map((i) => i.message)).toContain("Unknown measure 'no-such-measure'");
    const a = pickMeasure((m) => m.country === "KZ");
    const b = pickMeasure((m) => m.country === "KG" && m.relation === undefined);
    b.relation = { kind: "amends", measure: a.id };
    expect(checkMeasureIntegrity({ measures: [a, b] }).some((i) => i.message.includes("of another country"))).toBe(true);
  });

  it("every product resolves to minerals of the vocabulary or to HS 2022 codes", () => {
    for (const m of measures)
      for (const p of m.products) {
        expect(p.allMinerals === true || p.minerals.length + p.hs.length > 0, `${m.id}: ${p.wording}`).toBe(true);
        for (const id of p.minerals) expect(mineralIds.has(id), `${m.id}: mineral ${id}`).toBe(true);
        for (const code of p.hs) expect(hs2022.codes[code], `${m.id}: HS ${code}`).toBeDefined();
        // a national code printed in the act starts with the HS code taken from it
        if (p.hsFrom === "act" && p.nationalCodes !== undefined)
          for (const code of p.hs)
            expect(
              p.nationalCodes.some((n) => n.replace(/\s/g, "").startsWith(code)),
              `${m.id}: ${code}`,
            ).toBe(true);
      }
  });

  it("the HS fixture's labels name the products the measures say (scrap codes are waste and scrap)", () => {
    for (const m of measures)
      for (const p of m.products)
        if (/scrap|waste/i.test(p.wording))
          for (const code of p.hs) expect(hs2022.codes[code], `${m.id}: ${code}`).toMatch(/waste and scrap|scrap/i);
  });

  it("a record resting on the act cites a law; an official release cites an official statement or a law", () => {
    for (const r of [...measures, ...policyEvents]) {
      const kinds = r.sources.map((id) => sourceById.get(id)?.kind);
      if (r.evidence === "act") expect(kinds, r.id).toContain("law");
      if (r.evidence === "official-release")
        expect(
          kinds.some((k) => k === "official-statement" || k === "law" || k === "report"),
          r.id,
        ).toBe(true);
    }
  });

  it("EITI decisions come from EITI and every discovery claim names who doubts it or stands alone", () => {
    for (const e of policyEvents.filter((x) => x.kind === "eiti" && x.evidence === "official-release"))
      expect(
        e.sources.some((id) => /EITI/.test(sourceById.get(id)?.publisher ?? "")),
        e.id,
      ).toBe(true);
    for (const e of policyEvents.filter((x) => x.kind === "discovery-claim")) {
      expect(e.claim).toBeDefined();
      expect(e.sources).toContain(e.claim?.source);
    }
  });

  it("a source's publication date is never taken as the day a measure took effect", () => {
    for (const m of measures) {
      const inForce = m.dates.inForce;
      if (inForce === undefined) continue;
      const published = m.sources.map((id) => sourceById.get(id)?.published);
      // a report published before the day it announces is fine; the same day as a day-precise report is suspect
      expect(
        published.every((p) => p !== inForce || inForce.length < 10),
        m.id,
      ).toBe(true);
    }
  });

  it("are deeply frozen", () => {
    expect(Object.isFrozen(measures)).toBe(true);
    expect(Object.isFrozen(measures[0]?.products[0])).toBe(true);
    expect(Object.isFrozen(policyEvents[0]?.sources)).toBe(true);
  });
});
