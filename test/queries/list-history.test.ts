import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { c5CriticalityNow } from "../../src/index.js";
import {
  changesIn,
  criticalMineralLists,
  criticalNow,
  currentLists,
  diffEditions,
  getList,
  listFamilies,
  listHistory,
  omittedLists,
  wasOnList,
} from "../../src/lists.js";

// The counts each issuer states in its own words (quoted in the research log), independent of the entries.
const STATED: Record<string, number> = {
  "us-2018-critical-minerals": 35, // "finalizes the draft list of 35 critical minerals"
  "us-2021-draft-critical-minerals": 50, // "a draft list of 50 mineral commodities"
  "us-2022-critical-minerals": 50,
  "us-2025-draft-critical-minerals": 54, // "The 2025 draft list includes 54 mineral commodities"
  "us-2025-critical-minerals": 60, // "outlining 60 minerals"
  "eu-2011-critical-raw-materials": 14, // "a list of 14 economically important raw materials"
  "eu-2014-critical-raw-materials": 20, // "bringing the number up to 20 raw materials"
  "eu-2017-critical-raw-materials": 27,
  "eu-2020-critical-raw-materials": 30,
  "eu-2023-proposal-annex-i-strategic": 16,
  "eu-2023-proposal-annex-ii-critical": 34,
  "eu-2024-crma-annex-i-strategic": 17,
  "eu-2024-crma-annex-ii-critical": 34,
  "uk-2021-critical-minerals": 18, // "Eighteen of the these ... constitute the UK Critical Minerals List 2021"
  "in-2023-critical-minerals": 30,
  "ca-2021-critical-minerals": 31,
  "ca-2024-critical-minerals": 34, // "Canada's critical minerals list identifies 34 minerals and metals"
  "kr-2023-critical-minerals": 33,
  "kr-2023-strategic-critical-minerals": 10,
  "au-2023-strategic-materials": 6, // "The new Strategic Materials List consists of 6 minerals"
  "cn-2016-strategic-minerals": 24, // "列入战略性矿产目录的24种矿产"
  "kg-2025-critical-minerals": 22,
  "us-doe-2023-critical-materials-energy": 18, // "the electric eighteen"
};

const ids = criticalMineralLists.map((l) => l.id);
const lower = (names: readonly string[] | undefined) => (names ?? []).map((n) => n.toLowerCase()).sort();

describe("list editions", () => {
  it("number at least 14, each with as many entries as its issuer states", () => {
    expect(criticalMineralLists.length).toBeGreaterThanOrEqual(14);
    expect(Object.keys(STATED).sort()).toEqual([...ids].sort());
    for (const l of criticalMineralLists) {
      expect(l.statedCount, l.id).toBe(STATED[l.id]);
      expect(l.entries.length, l.id).toBe(l.statedCount);
    }
  });

  it("state every date, and say in a note why any is null", () => {
    for (const l of criticalMineralLists) {
      expect(
        Object.keys(l.dates)
          .filter((k) => k !== "note")
          .sort(),
        l.id,
      ).toEqual(["adopted", "inForce", "proposed", "published", "superseded"].sort());
      const { note, ...steps } = l.dates;
      if (Object.values(steps).some((v) => v === null)) expect(note, l.id).toBeDefined();
      const dates: { published: string | null; adopted: string | null } = l.dates;
      expect(dates.published ?? dates.adopted, `${l.id} has a publication or adoption date`).not.toBeNull();
    }
  });

  it("chain within each family: every later final edition supersedes the final one before it", () => {
    for (const family of listFamilies()) {
      const finals = listHistory(family).filter((l) => l.stage === "final");
      finals.forEach((l, i) => {
        if (i === 0) expect(l.supersedes, l.id).toBeUndefined();
        else expect(l.supersedes, l.id).toBe(finals[i - 1]?.id);
        if (i < finals.length - 1) expect(l.dates.superseded, `${l.id} ends`).not.toBeNull();
      });
      const last = finals.at(-1);
      if (last !== undefined && last.dates.superseded !== null) {
        // The successor is not held: an omitted list of the same jurisdiction says why.
        expect(
          omittedLists.some((o) => o.jurisdiction === last.jurisdiction),
          `${last.id} is superseded by a list not held`,
        ).toBe(true);
      }
    }
  });

  it("end each draft or proposal when the final list that followed it is published", () => {
    for (const l of criticalMineralLists.filter((x) => x.proposedAs !== undefined)) {
      const draft = getList(l.proposedAs ?? "");
      expect(draft?.stage === "draft" || draft?.stage === "proposal", l.id).toBe(true);
      expect(draft?.dates.superseded, l.id).toBe(l.dates.published);
      expect(draft?.dates.inForce, l.id).toBeNull();
    }
  });

  it("agree with what each issuer says changed: every stated addition is added, every stated removal removed", () => {
    const stated = criticalMineralLists.filter((l) => l.changes !== undefined);
    expect(stated.length).toBeGreaterThanOrEqual(8);
    for (const l of stated) {
      const d = diffEditions(l.changes?.against ?? "", l.id);
      const added = new Set(lower([...d.added.map((e) => e.name), ...d.renamed.map((r) => r.to)]));
      const removed = new Set(lower([...d.removed.map((e) => e.name), ...d.renamed.map((r) => r.from)]));
      for (const name of lower(l.changes?.added)) expect(added.has(name), `${l.id} adds ${name}`).toBe(true);
      for (const name of lower(l.changes?.removed)) expect(removed.has(name), `${l.id} removes ${name}`).toBe(true);
    }
  });
});

describe("listHistory", () => {
  it("gives the US editions in order, drafts included", () => {
    expect(listHistory("us-critical-minerals").map((l) => l.id)).toEqual([
      "us-2018-critical-minerals",
      "us-2021-draft-critical-minerals",
      "us-2022-critical-minerals",
      "us-2025-draft-critical-minerals",
      "us-2025-critical-minerals",
    ]);
  });
  it("gives the EU critical lists of 2011, 2014, 2017, 2020, the 2023 proposal and the 2024 regulation", () => {
    expect(listHistory("eu-critical-raw-materials").map((l) => l.date.slice(0, 4))).toEqual([
      "2011",
      "2014",
      "2017",
      "2020",
      "2023",
      "2024",
    ]);
  });
  it("rejects an unknown family with the known ones in the message, and a non-string", () => {
    expect(() => listHistory("nope")).toThrow(/family must be one of .*us-critical-minerals/);
    expect(() => listHistory(7 as unknown as string)).toThrow(TypeError);
  });
});

describe("changesIn", () => {
  it("answers in one call what the US added in 2025 and what the draft proposed removing", () => {
    const [draft, final, ...more] = changesIn("us-critical-minerals", 2025);
    expect(more).toEqual([]);
    expect(draft?.list.stage).toBe("draft");
    expect(lower(draft?.stated?.removed)).toEqual(["arsenic", "tellurium"]);
    expect(lower(draft?.stated?.added)).toEqual(["copper", "lead", "potash", "rhenium", "silicon", "silver"]);
    expect(final?.list.id).toBe("us-2025-critical-minerals");
    expect(lower(final?.stated?.added)).toEqual(
      ["boron", "copper", "lead", "metallurgical coal", "phosphate", "potash", "rhenium", "silicon", "silver", "uranium"].sort(),
    );
    // The draft's proposed removals did not happen: arsenic and tellurium are on the final list.
    expect(final?.computed?.removed).toEqual([]);
    expect(final?.list.entries.some((e) => e.name === "arsenic")).toBe(true);
  });
  it("is empty for a year without an edition, and rejects a year that is not whole", () => {
    expect(changesIn("us-critical-minerals", 2019)).toEqual([]);
    expect(() => changesIn("us-critical-minerals", 2025.5)).toThrow(RangeError);
  });
});

describe("diffEditions", () => {
  it("is symmetric: what b adds to a, a removes from b; renamings reverse", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const ab = diffEditions(a, b);
        const ba = diffEditions(b, a);
        expect(lower(ab.added.map((e) => e.name))).toEqual(lower(ba.removed.map((e) => e.name)));
        expect(ab.renamed.map((r) => `${r.from}>${r.to}`).sort()).toEqual(ba.renamed.map((r) => `${r.to}>${r.from}`).sort());
        if (a === b) expect(ab.added.length + ab.removed.length + ab.renamed.length).toBe(0);
      }),
    );
  });
  it("accounts for every entry: kept + renamed + added on one side, kept + renamed + removed on the other", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const d = diffEditions(a, b);
        expect(d.kept.length + d.renamed.length + d.added.length).toBe(getList(b)?.entries.length);
        expect(d.kept.length + d.renamed.length + d.removed.length).toBe(getList(a)?.entries.length);
      }),
    );
  });
  it("finds the EU's 2014 changes: six new materials, tantalum out, rare earths split", () => {
    const d = diffEditions("eu-2011-critical-raw-materials", "eu-2014-critical-raw-materials");
    expect(d.removed.map((e) => e.name).sort()).toEqual(["Rare earths", "Tantalum"]);
    expect(d.added.map((e) => e.name)).toEqual(
      expect.arrayContaining(["borates", "chromium", "coking coal", "magnesite", "phosphate rock", "silicon metal"]),
    );
    expect(d.renamed).toContainEqual({ from: "Graphite", to: "natural graphite", stated: false });
  });
  it("rejects unknown ids naming the parameter", () => {
    expect(() => diffEditions("us-2022-critical-minerals", "nope")).toThrow(/toId/);
  });
});

describe("wasOnList", () => {
  it("uses the edition in effect on the date", () => {
    expect(wasOnList("us-critical-minerals", "uranium", "2020-01-01")).toMatchObject({
      listed: true,
      entry: "uranium",
      certain: true,
    });
    expect(wasOnList("us-critical-minerals", "uranium", "2023-01-01").list?.id).toBe("us-2022-critical-minerals");
    expect(wasOnList("us-critical-minerals", "uranium", "2023-01-01").listed).toBe(false);
    expect(wasOnList("us-critical-minerals", "uranium", "2025-11-07").listed).toBe(true);
  });
  it("never counts a draft or a proposal", () => {
    // Copper was proposed in the August 2025 draft and listed only from 7 November 2025.
    expect(wasOnList("us-critical-minerals", "copper", "2025-09-01").listed).toBe(false);
    expect(wasOnList("eu-critical-raw-materials", "copper", "2023-06-01").list?.id).toBe("eu-2020-critical-raw-materials");
  });
  it("switches EU lists on the day Regulation (EU) 2024/1252 took force", () => {
    expect(wasOnList("eu-critical-raw-materials", "copper", "2024-05-22").listed).toBe(false);
    expect(wasOnList("eu-critical-raw-materials", "copper", "2024-05-23").listed).toBe(true);
  });
  it("answers no list before the first edition, and flags dates known only to the year", () => {
    expect(wasOnList("us-critical-minerals", "cobalt", "2017-12-31")).toEqual({
      listed: false,
      list: undefined,
      entry: undefined,
      certain: true,
    });
    expect(wasOnList("uk-critical-minerals", "tin", "2024-06-01").certain).toBe(false);
    expect(wasOnList("uk-critical-minerals", "tin", "2023-06-01").certain).toBe(true);
  });
  it("checks its arguments", () => {
    expect(() => wasOnList("us-critical-minerals", "zinc", "2024")).toThrow(RangeError);
    expect(() => wasOnList("us-critical-minerals", "", "2024-01-01")).toThrow(RangeError);
  });
});

describe("criticalNow", () => {
  it("uses only current lists, and finds uranium on the US, Canadian, Chinese and Kyrgyz ones", () => {
    for (const l of currentLists()) expect(l.dates.superseded, l.id).toBeNull();
    expect(currentLists().every((l) => l.stage === "final" || l.stage === "announced")).toBe(true);
    const rows = criticalNow("uranium");
    expect(rows.map((r) => r.jurisdiction)).toEqual(["CA", "CN", "KG", "US"]);
    for (const r of rows) for (const x of r.lists) expect(x.list.dates.superseded).toBeNull();
  });
  it("gives, for each mineral the C5 produce, the count of current lists naming it", () => {
    const rows = c5CriticalityNow();
    const current = currentLists();
    for (const r of rows) {
      expect(r.producers.length).toBeGreaterThan(0);
      expect(r.listCount).toBe(
        current.filter((l) => l.entries.some((e) => (e.minerals as readonly string[]).includes(r.mineral))).length,
      );
      expect(r.listCount).toBeGreaterThanOrEqual(r.jurisdictions.length);
    }
    expect(rows.find((r) => r.mineral === "antimony")?.producers).toEqual(["KZ", "KG", "TJ"]);
  });
});

describe("c5-minerals lists (CLI)", () => {
  it("answers the 2025 question", () => {
    const r = runCli(["lists", "changes", "us-critical-minerals", "2025", "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { list: string; stated: { removed?: string[] } }[];
    expect(rows.map((x) => x.list)).toEqual(["us-2025-draft-critical-minerals", "us-2025-critical-minerals"]);
    expect(rows[0]?.stated.removed).toEqual(["arsenic", "tellurium"]);
  });
  it("prints history, diff, on-a-date, critical-now and omitted", () => {
    expect(runCli(["lists", "history", "eu-critical-raw-materials"]).stdout).toMatch(/2024-05-23/);
    expect(runCli(["lists", "diff", "ca-2021-critical-minerals", "ca-2024-critical-minerals"]).stdout).toMatch(
      /added \(3\): High-purity iron ore, Phosphorus, Silicon metal/,
    );
    expect(runCli(["lists", "on", "eu-critical-raw-materials", "copper", "2024-05-23"]).stdout).toMatch(/^yes/);
    expect(runCli(["lists", "critical-now", "uranium"]).stdout).toMatch(/^CA: /);
    expect(runCli(["lists", "critical-now"]).stdout).toMatch(/antimony \(KZ, KG, TJ\)/);
    expect(runCli(["lists", "omitted"]).stdout).toMatch(/KZ kz-critical-minerals: no-official-list/);
  });
  it("exits 1 for unknown ids and 2 for a wrong call", () => {
    expect(runCli(["lists", "history", "nope"]).code).toBe(1);
    expect(runCli(["lists", "on", "us-critical-minerals", "zinc", "2024"]).code).toBe(1);
    expect(runCli(["lists", "diff", "one-id"]).code).toBe(2);
    expect(runCli(["lists", "changes", "us-critical-minerals", "twenty"]).code).toBe(2);
    expect(runCli(["lists", "what"]).code).toBe(2);
  });
});
