import { describe, expect, it } from "vitest";
import { elements, minerals } from "../../src/minerals.js";
import { sources } from "../../src/sources.js";
import { HS_STAGES, hsCodes, hsCodesOf, mineralsOfHsCode } from "../../src/trade.js";
import { checkHsCodes } from "../../src/validate/index.js";

describe("the HS crosswalk", () => {
  it("passes its integrity check: codes once, minerals and sources known, every mineral coded", () => {
    expect(checkHsCodes(hsCodes, { sources, minerals })).toEqual([]);
  });

  it("gives every mineral of the vocabulary at least one code, and the lookups agree both ways", () => {
    for (const m of minerals) {
      const { codes } = hsCodesOf(m.id);
      expect(codes.length, m.id).toBeGreaterThan(0);
      for (const c of codes) expect(mineralsOfHsCode(c.code).codes[0]?.minerals.map((x) => x.mineral)).toContain(m.id);
    }
    for (const r of hsCodes) for (const m of r.minerals) expect(hsCodesOf(m.mineral).codes.map((c) => c.code)).toContain(r.code);
  });

  it("puts every rare-earth element of the vocabulary under the one rare-earth-metal code, shared", () => {
    const group = minerals.find((m) => m.id === "rare-earths");
    const members = new Set(group?.members ?? []);
    const ree = minerals.filter((m) => m.kind === "element" && m.symbols.length === 1 && members.has(m.symbols[0] ?? ""));
    expect(ree.length).toBeGreaterThan(10);
    for (const m of ree) {
      const metal = hsCodesOf(m.id, { stage: "metal" }).codes.find((c) => c.code === "280530");
      expect(metal?.shared, m.id).toBe(true);
      expect(metal?.sharedWith.length).toBeGreaterThanOrEqual(ree.length - 1);
    }
  });

  it("names an element in the label of each single-element ore code", () => {
    const name = (symbol: string) => (elements.find((e) => e.symbol === symbol)?.name ?? "").toLowerCase();
    for (const r of hsCodes) {
      const [only, ...rest] = r.minerals;
      if (only === undefined || rest.length > 0 || only.stage !== "ore-and-concentrate" || !r.code.startsWith("26")) continue;
      const m = minerals.find((x) => x.id === only.mineral);
      if (m?.kind !== "element") continue;
      const label = r.description.toLowerCase();
      const names = [name(m.symbols[0] ?? ""), m.name.toLowerCase()].map((n) => n.replace("aluminum", "aluminium"));
      expect(
        names.some((n) => label.includes(n)),
        `${r.code} ${r.description}`,
      ).toBe(true);
    }
  });

  it("keeps each mineral's codes at the stages it lists, in value-chain order of stages", () => {
    const chromium = hsCodesOf("Chromium");
    expect(new Set(chromium.codes.map((c) => c.stage))).toEqual(
      new Set(["ore-and-concentrate", "intermediate", "metal", "scrap", "compound"]),
    );
    for (const stage of HS_STAGES) for (const c of hsCodesOf("chromium", { stage }).codes) expect(c.stage).toBe(stage);
  });

  it("warns when a mineral's codes cover other goods, and not otherwise", () => {
    expect(hsCodesOf("gallium").warning).toMatch(/811292/);
    expect(hsCodesOf("chromium", { stage: "ore-and-concentrate" }).warning).toBeUndefined();
  });

  it("finds codes by heading and chapter, and says why a valid code maps to nothing", () => {
    expect(mineralsOfHsCode("8112").codes.every((c) => c.code.startsWith("8112"))).toBe(true);
    expect(mineralsOfHsCode("26").codes.length).toBe(hsCodes.filter((c) => c.code.startsWith("26")).length);
    const none = mineralsOfHsCode("010121");
    expect(none.codes).toEqual([]);
    expect(none.reason).toMatch(/010121/);
  });

  it("checks its arguments", () => {
    expect(() => hsCodesOf("unobtainium")).toThrow(RangeError);
    expect(() => hsCodesOf("chromium", { stage: "ingot" as never })).toThrow(RangeError);
    expect(() => hsCodesOf("chromium", { colour: 1 } as never)).toThrow(RangeError);
    expect(() => mineralsOfHsCode("26100")).toThrow(RangeError);
    expect(() => mineralsOfHsCode(261000 as never)).toThrow(TypeError);
  });
});
