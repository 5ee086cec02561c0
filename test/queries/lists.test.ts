import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criticalMineralLists } from "../../src/datasets/lists.js";
import { c5ProductionOfList } from "../../src/queries/c5-list-production.js";
import { compareLists, isOnList, listsNaming } from "../../src/queries/lists.js";

const ids = criticalMineralLists.map((l) => l.id);

describe("list queries", () => {
  it("compare symmetrically: what b adds to a, a drops from b", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const ab = compareLists(a, b);
        const ba = compareLists(b, a);
        expect(ab.added).toEqual(ba.removed);
        expect(ab.kept).toEqual(ba.kept);
        if (a === b) expect(ab.added.length + ab.removed.length).toBe(0);
      }),
    );
  });
  it("agree with each other: isOnList iff listsNaming names the list", () => {
    const minerals = [...new Set(criticalMineralLists.flatMap((l) => l.entries.flatMap((e) => e.minerals)))];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...minerals), (list, mineral) => {
        expect(isOnList(list, mineral)).toBe(listsNaming(mineral).some((x) => x.list.id === list));
      }),
    );
    // a mineral the package does not know is refused by both, the same way
    expect(() => isOnList(ids[0] as string, "unobtainium")).toThrow(/mineral: no mineral matches "unobtainium"/);
    expect(() => listsNaming("unobtainium")).toThrow(/mineral: no mineral matches "unobtainium"/);
  });
  it("reject an unknown list with the known ids in the message", () => {
    expect(() => isOnList("nope", "zinc")).toThrow(/listId: no list matches "nope"/);
    expect(() => isOnList("us-2025-critical-mineral", "zinc")).toThrow(/did you mean "us-2025-critical-minerals"\?/);
  });
  it("report the C5's production of every mineral on a list, and which minerals the package covers", () => {
    const rows = c5ProductionOfList("us-2025-critical-minerals");
    const list = criticalMineralLists.find((l) => l.id === "us-2025-critical-minerals");
    expect(rows.length).toBe(list?.entries.reduce((n, e) => n + e.minerals.length, 0));
    for (const r of rows) {
      if (!r.covered) expect(r.producers).toEqual([]);
      for (const p of r.producers) expect(["KZ", "KG", "TJ", "TM", "UZ"]).toContain(p.figure.country);
    }
  });
});
