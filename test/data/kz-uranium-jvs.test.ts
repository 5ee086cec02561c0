// Issue 22: the Kazakh uranium joint ventures of Uranium One (Rosatom), the Japanese partners and the Chinese
// buyers. The expectations are the facts of Kazatomprom's statement of 17 December 2024 and of the deals before
// it, as the sources report them, not values read back from the records.
import { describe, expect, it } from "vitest";
import { companies, facilities, holdingsOf, ultimateHoldersOf } from "../../src/facilities.js";
import { sources } from "../../src/sources.js";

const published = new Map<string, string>(sources.map((s) => [s.id, s.published]));
const STATEMENT = "kitco-2024-12-17-rosatom-kazakh-stakes-china";

const FIELDS = [
  "karatau-budenovskoye-2",
  "akbastau-budenovskoye",
  "budenovskoye-6-7",
  "zarechnoye-isl",
  "kharasan-1",
  "kharasan-2",
  "south-inkai",
  "akdala-isl",
] as const;

const facility = (id: string) => {
  const f = facilities.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no facility ${id}`);
  return f;
};
const company = (id: string) => {
  const c = companies.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no company ${id}`);
  return c;
};

describe("Kazakh uranium joint-venture fields", () => {
  it("are in-situ-leach fields in Kazakhstan with an operator, owners, a status and a point or a reason for none", () => {
    for (const id of FIELDS) {
      const f = facility(id);
      expect(f.kind, id).toBe("isl-field");
      expect(f.country, id).toBe("KZ");
      expect(f.operator, id).toBeDefined();
      expect(f.owners.length, id).toBeGreaterThan(0);
      expect(f.status.length, id).toBeGreaterThan(0);
      expect(("location" in f && f.location !== undefined) || ("locationGap" in f && f.locationGap !== undefined), id).toBe(true);
    }
  });

  it("sit in the regions of the 2022 map: the Budenovskoye, Inkai and Akdala fields in Turkestan, Kharasan in Kyzylorda", () => {
    for (const id of ["karatau-budenovskoye-2", "akbastau-budenovskoye", "budenovskoye-6-7", "south-inkai", "akdala-isl"])
      expect((facility(id) as { regionCode?: string }).regionCode, id).toBe("KZ-61");
    for (const id of ["kharasan-1", "kharasan-2"]) expect((facility(id) as { regionCode?: string }).regionCode, id).toBe("KZ-43");
  });

  it("count no group total of Uranium One on a field", () => {
    // "Uranium One produced 4,831 tons of uranium in Kazakhstan in 2023" is a group total
    for (const id of FIELDS) for (const o of facility(id).output) expect(o.value, id).not.toBe(4831);
  });
});

describe("the December 2024 exit of Uranium One", () => {
  it("leaves JV Zarechnoye to Kazatomprom and SNURDC Astana Mining, with no invented closing day", () => {
    const now = holdingsOf("jv-zarechnoye");
    expect(now.map((h) => h.id).sort()).toEqual(["kazatomprom", "snurdc-astana-mining"]);
    expect(now.find((h) => h.id === "snurdc-astana-mining")?.share).toBe(49.979);
    expect(now.reduce((sum, h) => sum + h.share, 0)).toBeLessThanOrEqual(100);
    for (const h of now) expect(h.since, h.id).toBeUndefined();
  });

  it("ends the chain of the Zarechnoye buyer at the Chinese state, marked as inferred", () => {
    const top = ultimateHoldersOf("jv-zarechnoye").find((u) => u.kind === "state" && u.country === "CN");
    expect(top?.share).toBeCloseTo(49.979, 6);
    expect(top?.inferred).toBe(true);
    expect(top?.path).toEqual(["jv-zarechnoye", "snurdc-astana-mining", "snurdc"]);
  });

  it("records the Khorasan-U and Kyzylkum sales as expected only: Uranium One still holds 30 % of each", () => {
    for (const id of ["khorasan-u", "kyzylkum-llp"]) {
      const u1 = holdingsOf(id).find((h) => h.id === "uranium-one");
      expect(u1?.share, id).toBe(30);
      expect(u1?.since, id).toBeUndefined();
      expect(
        holdingsOf(id).some((h) => h.id === "china-uranium-development"),
        id,
      ).toBe(false);
    }
  });

  it("dates each holding stated in the statement by the statement, never after it", () => {
    const day = published.get(STATEMENT);
    expect(day).toBe("2024-12-17");
    for (const c of companies)
      for (const h of ("holders" in c ? c.holders : undefined) ?? [])
        if (h.source === STATEMENT) expect(h.asOf <= (day ?? ""), c.id).toBe(true);
  });
});

describe("Rosatom's 49 % of JV Budenovskoye", () => {
  it("took effect in 2022 through Stepnogorsk Mining and Chemical Plant, beside Kazatomprom's 51 %", () => {
    const h = holdingsOf("jv-budenovskoye");
    expect(h.find((x) => x.id === "kazatomprom")?.share).toBe(51);
    const sghk = h.find((x) => x.id === "stepnogorsk-mcc");
    expect(sghk?.share).toBe(49);
    expect(sghk?.since).toBe("2022");
    const ru = ultimateHoldersOf("jv-budenovskoye").find((u) => u.kind === "state" && u.country === "RU");
    expect(ru?.share).toBeCloseTo(49, 6);
  });

  it("puts Rosatom's Kazakh stakes under the Russian state", () => {
    expect(company("rosatom").stateOwnership.map((s) => s.state)).toEqual(["RU"]);
    expect(company("uranium-one").parent).toBe("rosatom");
  });
});
