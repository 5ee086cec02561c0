// Issue 22: dates, inferred shares, chains and regions in the facility records.
import { describe, expect, it } from "vitest";
import { readCsvRecords } from "../../src/core/csv.js";
import { companies, facilities } from "../../src/facilities.js";
import { exportDataset } from "../../src/formats/export.js";
import { Facility } from "../../src/schemas/index.js";
import { sources } from "../../src/sources.js";

const published = new Map<string, string>(sources.map((s) => [s.id, s.published]));

// ISO 3166-2 subdivisions of the C5 as the iso-codes-derived lists of simpleiso3166 give them (source
// simpleiso3166-subdivisions), with Kazakhstan's 2022 regions Abai (KZ-10), Jetisu (KZ-33) and Ulytau (KZ-62).
const ISO_3166_2 = new Set([
  ...["10", "11", "15", "19", "23", "27", "31", "33", "35", "39", "43", "47", "55", "59", "61", "62", "63", "71", "75", "79"].map(
    (c) => `KZ-${c}`,
  ),
  ...["B", "C", "GB", "GO", "J", "N", "O", "T", "Y"].map((c) => `KG-${c}`),
  ...["DU", "GB", "KT", "RA", "SU"].map((c) => `TJ-${c}`),
  ...["A", "B", "D", "L", "M", "S"].map((c) => `TM-${c}`),
  ...["AN", "BU", "FA", "JI", "NG", "NW", "QA", "QR", "SA", "SI", "SU", "TK", "TO", "XO"].map((c) => `UZ-${c}`),
]);

type Status = { status: string; since?: string; observed?: string; sameDay?: true; source: string };

describe("status entries", () => {
  // A day-precise article date used as the day a status began is the trap; a month or year shared with the
  // publication is allowed when the source dates the event to it (Inkai's restart, reported in January 2025).
  it("never use a source's publication day as the day a status began, unless the source says so", () => {
    const bad: string[] = [];
    for (const f of facilities)
      for (const s of f.status as readonly Status[])
        if (s.since !== undefined && s.since.length === 10 && s.since === published.get(s.source) && s.sameDay !== true)
          bad.push(`${f.id} ${s.since}`);
    expect(bad).toEqual([]);
  });

  it("say when they began or when they were observed, and a temporary stop is not care and maintenance", () => {
    for (const f of facilities)
      for (const s of f.status as readonly Status[]) {
        expect(s.since ?? s.observed, f.id).toBeDefined();
        if (s.status === "care-and-maintenance") expect(`${(s as { note?: string }).note ?? ""}`).not.toMatch(/temporar/i);
      }
  });
});

describe("ownership records", () => {
  it("date holdings by when they took effect apart from when they were stated, never by the publication date", () => {
    const bad: string[] = [];
    const check = (where: string, h: { since?: string | undefined; sameDay?: true | undefined; source: string }) => {
      if (h.since !== undefined && h.since.length === 10 && h.since === published.get(h.source) && h.sameDay !== true)
        bad.push(where);
    };
    for (const f of facilities) for (const o of f.owners) check(`${f.id}/${o.company}`, o);
    for (const c of companies) {
      for (const s of c.stateOwnership) check(`${c.id}/${s.state}`, s);
      for (const h of ("holders" in c ? c.holders : undefined) ?? []) check(`${c.id}/holder`, h);
    }
    expect(bad).toEqual([]);
  });

  it("name owners for every facility operating, under construction or in development, or say why not", () => {
    const silent = facilities
      .filter((f) => ["operating", "construction", "development"].includes((f.status as readonly Status[]).at(-1)?.status ?? ""))
      .filter((f) => f.owners.length === 0 && !("ownersUnknown" in f && f.ownersUnknown !== undefined))
      .map((f) => f.id);
    expect(silent).toEqual([]);
  });

  it("mark a share as inferred wherever the record's own note says it was implied or not stated", () => {
    const unmarked = facilities.flatMap((f) =>
      f.owners
        .filter((o) => /implied|implies|^share not stated|no figure/i.test(("note" in o ? o.note : undefined) ?? ""))
        .filter((o) => !("inferred" in o && o.inferred !== undefined))
        .map((o) => `${f.id}/${o.company}`),
    );
    expect(unmarked).toEqual([]);
  });

  it("give every company a way up: holders, a state, a parent, a listing, or an explicit unknown", () => {
    for (const c of companies) {
      const ways =
        c.stateOwnership.length +
        (("holders" in c ? c.holders?.length : 0) ?? 0) +
        (c.parent === undefined ? 0 : 1) +
        c.listings.length +
        ("holdersUnknown" in c && c.holdersUnknown !== undefined ? 1 : 0);
      expect(ways, c.id).toBeGreaterThan(0);
    }
  });

  it("record the state's holding of companies their own notes call state-owned", () => {
    for (const c of companies) if (/state-owned \(/i.test(c.note ?? "")) expect(c.stateOwnership.length, c.id).toBeGreaterThan(0);
  });

  it("record the state's holding of every state concern, state enterprise or state unitary enterprise", () => {
    const state = companies.filter((c) =>
      /\bstate (concern|enterprise|unitary enterprise)\b|\bSUE\b/i.test(`${c.name} ${c.aliases.join(" ")}`),
    );
    expect(state.length).toBeGreaterThan(0);
    for (const c of state) expect(c.stateOwnership.length, c.id).toBeGreaterThan(0);
  });

  it("add up a company's recorded holdings (states and others) to at most 100 % for each date they are stated for", () => {
    for (const c of companies) {
      const byDate = new Map<string, number>();
      const holdings = [...c.stateOwnership, ...(("holders" in c ? c.holders : undefined) ?? [])];
      for (const h of holdings) byDate.set(h.asOf, (byDate.get(h.asOf) ?? 0) + h.share);
      for (const [date, total] of byDate) expect(total, `${c.id} ${date}`).toBeLessThanOrEqual(100 + 1e-9);
    }
  });

  it("type a company holding as inferred wherever its own note says no figure was given", () => {
    const unmarked = companies.flatMap((c) =>
      [...c.stateOwnership, ...(("holders" in c ? c.holders : undefined) ?? [])]
        .filter((h) => /implied|implies|^share not stated|no figure/i.test(("note" in h ? h.note : undefined) ?? ""))
        .filter((h) => !("inferred" in h && h.inferred !== undefined))
        .map((h) => `${c.id}/${h.source}`),
    );
    expect(unmarked).toEqual([]);
  });
});

describe("facility owners", () => {
  const active = facilities.filter((f) => ["operating", "construction"].includes(f.status[f.status.length - 1]?.status ?? ""));

  it("name an owner for every operating or constructing facility, or say why none is recorded", () => {
    expect(active.length).toBeGreaterThan(0);
    const silent = active.filter((f) => f.owners.length === 0 && !("ownersUnknown" in f && f.ownersUnknown !== undefined));
    expect(silent.map((f) => f.id)).toEqual([]);
  });

  it("give a reason only where no owner is recorded, and owners for at least nine in ten operating or constructing facilities", () => {
    for (const f of facilities) if ("ownersUnknown" in f && f.ownersUnknown !== undefined) expect(f.owners, f.id).toEqual([]);
    expect(active.filter((f) => f.owners.length > 0).length / active.length).toBeGreaterThanOrEqual(0.9);
  });

  it("reach the spreadsheet export: the reason where no owner is recorded, and inferred shares marked as such", () => {
    const rows = readCsvRecords(exportDataset("facilities", "csv", { cells: "text" }));
    expect(rows.length).toBe(facilities.length);
    for (const f of facilities) {
      const row = rows.find((r) => r.id === f.id);
      expect(row, f.id).toBeDefined();
      if (f.owners.length === 0 && "ownersUnknown" in f && f.ownersUnknown !== undefined)
        expect(row?.["owners note"]).toBe(f.ownersUnknown);
      // the newest claims are the ones shown; each inferred one says so beside its share
      const newest = [...f.owners].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0)).at(-1);
      const shown = f.owners.filter((o) => o.asOf === newest?.asOf && o.source === newest?.source);
      const inferred = shown.filter((o) => "inferred" in o && o.inferred !== undefined).length;
      expect(((row?.owners ?? "").match(/ \(inferred\)/g) ?? []).length, f.id).toBe(inferred);
    }
  });

  it("refuse a facility record that gives owners and a reason for having none", () => {
    const f = facilities.find((x) => x.owners.length > 0);
    expect(f).toBeDefined();
    expect(Facility.safeParse({ ...f, ownersUnknown: "No source read names one." }).success).toBe(false);
    expect(Facility.safeParse({ ...f, owners: [], ownersUnknown: "No source read names one." }).success).toBe(true);
  });

  it("date every owner claim no later than its source's publication and no holding before a claim about it can be made", () => {
    for (const f of facilities)
      for (const o of f.owners) {
        const pub = published.get(o.source);
        expect(pub, `${f.id}/${o.source}`).toBeDefined();
        // an observation cannot postdate the source that observed it (compare at the coarser precision)
        const n = Math.min(o.asOf.length, (pub ?? "").length);
        expect(o.asOf.slice(0, n) <= (pub ?? "").slice(0, n), `${f.id}/${o.company} asOf ${o.asOf} > ${pub}`).toBe(true);
        if ("since" in o && o.since !== undefined) {
          const m = Math.min(o.since.length, o.asOf.length);
          expect(o.since.slice(0, m) <= o.asOf.slice(0, m), `${f.id}/${o.company} since after asOf`).toBe(true);
        }
      }
  });
});

describe("regions", () => {
  it("carry an ISO 3166-2 code of the facility's own country from the maintained list", () => {
    const coded = facilities.filter((f) => "regionCode" in f && f.regionCode !== undefined);
    expect(coded.length / facilities.length).toBeGreaterThan(0.9);
    for (const f of coded) {
      const code = (f as { regionCode: string }).regionCode;
      expect(ISO_3166_2.has(code), `${f.id} ${code}`).toBe(true);
      expect(code.slice(0, 2)).toBe(f.country);
    }
  });

  it("apply the 2022 Kazakh reform: nothing in Zhezkazgan or Karazhal is placed in Karaganda Region", () => {
    for (const f of facilities) {
      const text = `${f.name} ${f.aliases.join(" ")} ${f.note ?? ""} ${f.exit.near ?? ""}`;
      if (/Zhezkazgan|Karazhal|Satbayev|Satpayev/.test(text) && f.country === "KZ" && f.kind !== "deposit")
        expect(f.region, f.id).not.toBe("Karaganda Region");
    }
  });
});

describe("outputs", () => {
  it("never label a tonnage of concentrate or ore as contained metal", () => {
    const bad: string[] = [];
    for (const f of facilities)
      for (const o of f.output)
        if (
          o.basis === "contained" &&
          /\bconcentrate\b(?! processing)|^ore\b|"dust"/i.test(o.form) &&
          !/\bin concentrate\b|\bfrom\b/i.test(o.form)
        )
          bad.push(`${f.id}: ${o.form}`);
    expect(bad).toEqual([]);
  });
});
