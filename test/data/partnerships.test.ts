import { describe, expect, it } from "vitest";
import { events, getPartnership, partnerships } from "../../src/partnerships.js";
import { comparePartialDates } from "../../src/schemas/common.js";

describe("partnerships", () => {
  it("have members who join no earlier than the launch and leave no earlier than they join", () => {
    for (const p of partnerships) {
      for (const m of p.members) {
        if (m.joined.length >= p.launched.length)
          expect(comparePartialDates(m.joined, p.launched), `${p.id} ${m.party}`).toBeGreaterThanOrEqual(0);
        if (m.left !== undefined) expect(comparePartialDates(m.left, m.joined)).toBeGreaterThanOrEqual(0);
      }
    }
  });
  it("sit under a parent that exists and launched no later than they did", () => {
    for (const p of partnerships) {
      if (p.parent === undefined) continue;
      const parent = getPartnership(p.parent);
      expect(parent, p.id).toBeDefined();
      if (parent) expect(comparePartialDates(parent.launched, p.launched), p.id).toBeLessThanOrEqual(0);
    }
  });
  it("include the C5+1 Critical Minerals Dialogue under C5+1, with the five C5 states and the US", () => {
    const dialogue = partnerships.find((p) => p.parent === "c5-plus-1" && p.kind === "dialogue");
    expect(dialogue).toBeDefined();
    expect(dialogue?.members.map((m) => m.party).sort()).toEqual(["KG", "KZ", "TJ", "TM", "US", "UZ"]);
  });
  it("keep the Minerals Security Partnership and its Forum as separate bodies", () => {
    const msp = getPartnership("minerals-security-partnership");
    const forum = getPartnership("msp-forum");
    expect(msp && forum).toBeTruthy();
    expect(forum?.parent).toBe(msp?.id);
    expect(msp?.members.map((m) => m.party)).not.toEqual(forum?.members.map((m) => m.party));
  });
});

describe("events", () => {
  it("are in date order and belong to partnerships that existed by then", () => {
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const e of events) {
      for (const id of e.partnerships) {
        const p = getPartnership(id);
        expect(p, `${e.id} -> ${id}`).toBeDefined();
        const since = p?.announced ?? p?.launched ?? "";
        expect(comparePartialDates(e.date.slice(0, since.length), since), `${e.id} before ${id}`).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
