import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figures } from "../../src/datasets/figures.js";
import { packRecords, unpackRecords } from "../../src/datasets/load/packed.js";

const roundTrip = (records: readonly object[]) => unpackRecords(JSON.parse(JSON.stringify(packRecords(records))));

describe("packed records", () => {
  it("give back every figure exactly, keys in the same order, deeply frozen", () => {
    const back = roundTrip(figures);
    expect(JSON.stringify(back)).toBe(JSON.stringify(figures));
    expect(Object.isFrozen(back)).toBe(true);
    expect(
      back.every(
        (f) =>
          Object.isFrozen(f) &&
          Object.values(f as object).every((v) => typeof v !== "object" || v === null || Object.isFrozen(v)),
      ),
    ).toBe(true);
  });

  it("are much smaller than the same records as JSON", () => {
    expect(JSON.stringify(packRecords(figures)).length).toBeLessThan(JSON.stringify(figures).length / 3);
  });

  it("round-trip any records whose keys come in one order (property-based)", () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }));
    const record = fc.record({ a: value, b: value, c: value, d: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        let packed: ReturnType<typeof packRecords>;
        try {
          packed = packRecords(records);
        } catch (error) {
          // refusing is allowed only when a key's absence cannot be told from its values
          expect(String(error)).toMatch(/absence|mixes strings/);
          return;
        }
        expect(JSON.stringify(unpackRecords(JSON.parse(JSON.stringify(packed))))).toBe(JSON.stringify(records));
      }),
    );
  });

  it("refuse records that list their keys in conflicting orders", () => {
    expect(() =>
      packRecords([
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ]),
    ).toThrow(/different orders/);
  });
});
