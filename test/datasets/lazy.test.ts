import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/core/freeze.js";
import { isLazyDataset, lazyDataset } from "../../src/core/lazy.js";

const records = () =>
  deepFreeze([
    { id: "a", tags: ["x"] },
    { id: "b", tags: [] },
  ]);

describe("a dataset read on first use", () => {
  it("does not load until something touches it, then loads once", () => {
    let loads = 0;
    const data = lazyDataset(() => {
      loads += 1;
      return records();
    });
    expect(loads).toBe(0);
    expect(isLazyDataset(data)).toBe(true);
    deepFreeze(data); // the dataset modules call this at import: it must not load
    expect(loads).toBe(0);
    expect(data.length).toBe(2);
    expect(data[1]?.id).toBe("b");
    expect(data.map((r) => r.id)).toEqual(["a", "b"]);
    expect(loads).toBe(1);
    expect(isLazyDataset(data)).toBe(false);
  });

  it.each([
    ["Array.isArray", (d: readonly unknown[]) => Array.isArray(d)],
    ["Object.isFrozen", (d: readonly unknown[]) => Object.isFrozen(d)],
    ["Object.keys", (d: readonly unknown[]) => Object.keys(d).length === 2],
    ["spread", (d: readonly unknown[]) => [...d].length === 2],
    ["JSON.stringify", (d: readonly unknown[]) => JSON.stringify(d) === JSON.stringify(records())],
    [
      "for...of",
      (d: readonly unknown[]) => {
        let n = 0;
        for (const _ of d) n += 1;
        return n === 2;
      },
    ],
  ])("behaves as the frozen array under %s, whatever touches it first", (_, use) => {
    expect(use(lazyDataset(records))).toBe(true);
  });

  it("is deeply immutable before and after loading", () => {
    const fresh = lazyDataset(records) as unknown as { id: string; tags: string[] }[];
    expect(() => fresh.push({ id: "c", tags: [] })).toThrow(TypeError);
    expect(() => {
      (fresh[0] as { id: string }).id = "z";
    }).toThrow(TypeError);
    expect(() => fresh[0]?.tags.push("y")).toThrow(TypeError);
    expect(fresh.map((r) => r.id)).toEqual(["a", "b"]);
    const untouched = lazyDataset(records) as unknown as unknown[];
    expect(() => Object.defineProperty(untouched, "0", { value: 1 })).toThrow(TypeError);
    expect(untouched.length).toBe(2);
  });

  it("shows its records when inspected before anything else touched it", () => {
    expect(inspect(lazyDataset(records))).toBe(inspect(records()));
  });
});
