import { describe, expect, it } from "vitest";
import { type CriticalMineralListRecord, criticalMineralLists, getList } from "../../src/lists.js";
import { elements, getMineral, minerals } from "../../src/minerals.js";

describe("elements", () => {
  it("are the 118 elements, numbered 1 to 118, each symbol once", () => {
    expect(elements.map((e) => e.number)).toEqual(Array.from({ length: 118 }, (_, i) => i + 1));
    expect(new Set(elements.map((e) => e.symbol)).size).toBe(118);
  });
});

describe("minerals", () => {
  const symbols = new Set<string>(elements.map((e) => e.symbol));
  it("name only existing element symbols, in symbols and in group members", () => {
    for (const m of minerals) {
      for (const s of [...m.symbols, ...(m.members ?? [])]) expect(symbols.has(s), `${m.id}: ${s}`).toBe(true);
    }
  });
  it("make the rare earths the 15 lanthanides plus scandium and yttrium", () => {
    const lanthanides = elements.filter((e) => e.number >= 57 && e.number <= 71).map((e) => e.symbol);
    expect([...(getMineral("rare-earths").members ?? [])].sort()).toEqual([...lanthanides, "Sc", "Y"].sort());
  });
  it("make the platinum-group metals six elements", () => {
    expect([...(getMineral("platinum-group-metals").members ?? [])].sort()).toEqual(["Ir", "Os", "Pd", "Pt", "Rh", "Ru"]);
  });
  it("find by name and alias without regard to case", () => {
    expect(getMineral("ZINC")?.id).toBe("zinc");
    expect(getMineral("no such thing")).toBeUndefined();
  });
});

describe("critical-mineral lists", () => {
  it("have as many entries as their issuers state", () => {
    for (const l of criticalMineralLists) expect(l.entries.length, l.id).toBe(l.statedCount);
  });
  it("include the US 2022 list (50), the EU critical (34) and strategic (17) lists", () => {
    expect(criticalMineralLists.find((l) => l.jurisdiction === "US" && l.date.startsWith("2022"))?.statedCount).toBe(50);
    expect(criticalMineralLists.find((l) => l.jurisdiction === "EU" && l.kind === "critical")?.statedCount).toBe(34);
    expect(criticalMineralLists.find((l) => l.jurisdiction === "EU" && l.kind === "strategic")?.statedCount).toBe(17);
  });
  it("keep the 2025 US list a superset of the 2022 list it supersedes", () => {
    const newer = getList("us-2025-critical-minerals");
    const older = newer?.supersedes === undefined ? undefined : getList(newer.supersedes);
    expect(older).toBeDefined();
    const ids = (l: CriticalMineralListRecord | undefined) => new Set<string>(l?.entries.flatMap((e) => e.minerals));
    const newerIds = ids(newer);
    for (const id of ids(older)) expect(newerIds.has(id), id).toBe(true);
  });
  it("list every EU strategic raw material among the critical ones", () => {
    const critical = new Set<string>(
      criticalMineralLists.find((l) => l.jurisdiction === "EU" && l.kind === "critical")?.entries.flatMap((e) => e.minerals),
    );
    const strategic = criticalMineralLists.find((l) => l.jurisdiction === "EU" && l.kind === "strategic");
    const rareEarthMagnets = new Set<string>([
      "neodymium",
      "praseodymium",
      "terbium",
      "dysprosium",
      "gadolinium",
      "samarium",
      "cerium",
      "rare-earths",
    ]);
    for (const id of strategic?.entries.flatMap((e) => e.minerals) ?? []) {
      if (rareEarthMagnets.has(id)) continue; // listed by element in Annex I, as light/heavy groups in Annex II
      expect(critical.has(id), id).toBe(true);
    }
  });
});

describe("tariff codes", () => {
  it("mark a code shared exactly when it is listed for more than one mineral", () => {
    const owners = new Map<string, Set<string>>();
    for (const m of minerals) for (const t of m.tariffCodes) owners.set(t.code, new Set([...(owners.get(t.code) ?? []), m.id]));
    for (const m of minerals)
      for (const t of m.tariffCodes) expect(t.shared === true, `${m.id} ${t.code}`).toBe((owners.get(t.code)?.size ?? 0) > 1);
  });
  it("are found by prefix, with or without dots", async () => {
    const { mineralsByTariffCode } = await import("../../src/datasets/minerals.js");
    expect(mineralsByTariffCode("2610.00").map((x) => x.mineral.id)).toEqual(
      mineralsByTariffCode("261000").map((x) => x.mineral.id),
    );
    expect(
      mineralsByTariffCode("8112.99.9100")
        .map((x) => x.mineral.id)
        .sort(),
    ).toEqual(["niobium", "rhenium"]);
    expect(mineralsByTariffCode("")).toEqual([]);
  });
});
