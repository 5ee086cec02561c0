import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/core/freeze.js";
import { isLazyDataset, lazyDataset } from "../../src/core/lazy.js";
import { packRecords } from "../../src/datasets/load/packed.js";
import { packedRecordsFromFile, recordsFromFile } from "../../src/datasets/load/read-records.js";

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

describe("a dataset whose first load fails", () => {
  const emfile = () => Object.assign(new Error("EMFILE: too many open files, open 'figures.json'"), { code: "EMFILE" });

  it("throws to the first caller, then loads on the next use, frozen and whole", () => {
    let calls = 0;
    const data = lazyDataset(() => {
      calls += 1;
      if (calls === 1) throw emfile();
      return records();
    });
    expect(() => data.length).toThrow(/EMFILE/);
    // never served empty or unfrozen after the failure
    expect(data.length).toBe(2);
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data[0])).toBe(true);
    expect(data.map((r) => r.id)).toEqual(["a", "b"]);
    expect(calls).toBe(2);
  });

  it("is not frozen empty by Object.isFrozen or inspection after a failed load", () => {
    let fail = true;
    const data = lazyDataset(() => {
      if (fail) throw emfile();
      return records();
    });
    expect(() => Object.isFrozen(data)).toThrow(/EMFILE/);
    expect(() => inspect(data)).toThrow(/EMFILE/);
    expect(isLazyDataset(data)).toBe(true);
    fail = false;
    expect(Object.isFrozen(data)).toBe(true);
    expect(data.length).toBe(2);
  });

  it.each([
    ["recordsFromFile", recordsFromFile],
    ["packedRecordsFromFile", packedRecordsFromFile],
  ])("%s reads the file again after an injected reader failed once", (_name, fromFile) => {
    const rows = [
      { id: "a", tags: ["x"] },
      { id: "b", tags: [] },
    ];
    const contents = fromFile === packedRecordsFromFile ? packRecords(rows) : rows;
    let calls = 0;
    const data = (fromFile as typeof recordsFromFile)<{ id: string; tags: string[] }>("x.json", () => {
      calls += 1;
      if (calls === 1) throw emfile();
      return JSON.parse(JSON.stringify(contents));
    });
    expect(() => data[0]).toThrow(/EMFILE/);
    expect(data.map((r) => r.id)).toEqual(["a", "b"]);
    expect(Object.isFrozen(data[0]?.tags)).toBe(true);
    expect(calls).toBe(2);
  });
});
