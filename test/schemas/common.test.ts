import { describe, expect, it } from "vitest";
import {
  Alpha2,
  C5CountryCode,
  Coordinates,
  comparePartialDates,
  Id,
  IsoDate,
  PartialDate,
  SourceRefs,
} from "../../src/schemas/index.js";

describe("Id", () => {
  it.each(["zinc", "rare-earths", "usgs-mcs-2025-chromium", "c5-plus-1"])("accepts %s", (id) => {
    expect(Id.safeParse(id).success).toBe(true);
  });
  it.each(["", "Zinc", "rare earths", "rare--earths", "-zinc", "zinc-", "zinc_ore"])("rejects %j", (id) => {
    expect(Id.safeParse(id).success).toBe(false);
  });
});

describe("IsoDate", () => {
  it("accepts a real date and rejects an impossible one", () => {
    expect(IsoDate.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDate.safeParse("2023-02-29").success).toBe(false);
    expect(IsoDate.safeParse("2024-2-8").success).toBe(false);
  });
});

describe("PartialDate", () => {
  it.each(["2022", "2022-06", "2022-06-14", "2024-02-29"])("accepts %s", (d) => {
    expect(PartialDate.safeParse(d).success).toBe(true);
  });
  it.each(["22", "2022-13", "2022-00", "2022-06-31", "2023-02-29", "2022/06", "June 2022"])("rejects %s", (d) => {
    expect(PartialDate.safeParse(d).success).toBe(false);
  });
  it("orders partial dates by the earliest day they denote", () => {
    const dates = ["2024-02-08", "2022", "2022-06-14", "2022-06", "2023-09-19"];
    expect([...dates].sort(comparePartialDates)).toEqual(["2022", "2022-06", "2022-06-14", "2023-09-19", "2024-02-08"]);
    expect(comparePartialDates("2024-01-01", "2024-01-01")).toBe(0);
  });
});

describe("codes and coordinates", () => {
  it("takes upper-case alpha-2 codes only", () => {
    expect(Alpha2.safeParse("KZ").success).toBe(true);
    expect(Alpha2.safeParse("kz").success).toBe(false);
    expect(Alpha2.safeParse("KAZ").success).toBe(false);
  });
  it("knows exactly the five C5 codes", () => {
    expect(C5CountryCode.options).toEqual(["KZ", "KG", "TJ", "TM", "UZ"]);
    expect(C5CountryCode.safeParse("AF").success).toBe(false);
  });
  it.each([
    [{ lat: 90, lon: 180 }, true],
    [{ lat: -90, lon: -180 }, true],
    [{ lat: 90.01, lon: 0 }, false],
    [{ lat: 0, lon: -180.5 }, false],
    [{ lat: 0, lon: 0, alt: 1 }, false],
  ])("coordinates %j valid: %s", (value, ok) => {
    expect(Coordinates.safeParse(value).success).toBe(ok);
  });
  it("needs at least one source and no repeats", () => {
    expect(SourceRefs.safeParse(["a"]).success).toBe(true);
    expect(SourceRefs.safeParse([]).success).toBe(false);
    const repeated = SourceRefs.safeParse(["a", "b", "a"]);
    expect(repeated.success).toBe(false);
    expect(repeated.error?.issues[0]?.path).toEqual([2]);
    expect(repeated.error?.issues[0]?.message).toContain("first at index 0");
  });
});
