import { describe, expect, it } from "vitest";
import * as z from "zod";
import { countries } from "../../src/countries.js";
import { importDependence } from "../../src/figures.js";
import { minerals } from "../../src/minerals.js";
import { ImportDependence } from "../../src/schemas/index.js";
import { sources } from "../../src/sources.js";
import { checkImportDependence } from "../../src/validate/import-dependence.js";
import { C5 } from "./all.js";

const c5 = new Set<string>(C5);

describe("import-dependence records", () => {
  it("exist for more than one edition and each names a C5 partner", () => {
    expect(new Set(importDependence.map((r) => r.vintage)).size).toBeGreaterThan(1);
    for (const r of importDependence)
      expect(
        r.partners.some((p) => c5.has(p.country)),
        r.id,
      ).toBe(true);
  });

  it("validate against the schema", () => {
    const result = z.array(ImportDependence).safeParse(importDependence);
    expect(result.success ? [] : z.prettifyError(result.error)).toEqual([]);
  });

  it("resolve to minerals, countries and sources", () => {
    const mineralIds = new Set(minerals.map((m) => m.id));
    const countryCodes = new Set(countries.map((c) => c.alpha2));
    const sourceById = new Map<string, (typeof sources)[number]>(sources.map((s) => [s.id, s]));
    for (const r of importDependence) {
      expect(mineralIds.has(r.mineral), `${r.id}.mineral`).toBe(true);
      for (const p of r.partners)
        if (p.country !== "OTHER") expect(countryCodes.has(p.country), `${r.id} ${p.country}`).toBe(true);
      const source = sourceById.get(r.source);
      expect(source, `${r.id}.source`).toBeDefined();
      // The source is the chapter of the record's edition: "usgs-mcs-2025" ↔ edition "MCS 2025".
      expect(source?.edition, r.id).toBe(`MCS ${r.vintage.slice(-4)}`);
      // ... or, read in the edition's data release, that release's rows for the chapter.
      if (r.readAs === "data-release") {
        expect(r.source, r.id).toBe(`${r.vintage}-data-release-${r.mineral}`);
        expect(source?.kind, r.id).toBe("dataset");
      } else expect(source?.url, r.id).toMatch(new RegExp(`/mcs${r.vintage.slice(-4)}-${r.mineral}\\.pdf$`));
    }
    expect(checkImportDependence(importDependence, { sources, countries, minerals })).toEqual([]);
  });

  it("have shares in 0..100 that add up to at most 100 per record, and to 100 when the list ends in 'other'", () => {
    for (const r of importDependence) {
      for (const p of r.partners) {
        expect(p.share, `${r.id} ${p.printed}`).toBeGreaterThanOrEqual(0);
        expect(p.share, `${r.id} ${p.printed}`).toBeLessThanOrEqual(100);
      }
      const total = r.partners.reduce((s, p) => s + p.share, 0);
      expect(total, r.id).toBeLessThanOrEqual(100);
      // USGS rounds each share to a whole percent and closes a list with "other"; such a list adds up to 100 ± 1.
      if (r.partners.at(-1)?.country === "OTHER") expect(Math.abs(total - 100), r.id).toBeLessThanOrEqual(1);
      else expect(r.note, `${r.id} has no 'other' share and must say why`).toMatch(/no 'other'/);
    }
  });

  it("list exactly the C5 partners in c5Partners", () => {
    for (const r of importDependence)
      expect(r.c5Partners, r.id).toEqual(r.partners.map((p) => p.country).filter((c) => c5.has(c)));
  });

  it("give one net import reliance per chapter, edition and block, typed by its printed mark", () => {
    const byChapter = new Map<string, string>();
    for (const r of importDependence) {
      const key = `${r.vintage} ${r.mineral} ${r.netImportReliance.scope ?? ""}`;
      const printed = `${r.netImportReliance.year} ${r.netImportReliance.printed}`;
      expect(byChapter.get(key) ?? printed, key).toBe(printed);
      byChapter.set(key, printed);
      const n = r.netImportReliance;
      if (n.printed === "E") expect(n).toMatchObject({ mark: "net-exporter", value: null });
      if (n.printed.startsWith(">")) expect(n).toMatchObject({ mark: "greater-than", value: Number(n.printed.slice(1)) });
      if (/^\d+$/.test(n.printed)) expect(n).toMatchObject({ mark: "value", value: Number(n.printed) });
      // The latest column of an MCS edition is the year before the edition, an estimate.
      expect(n.year, r.id).toBe(Number(r.vintage.slice(-4)) - 1);
      expect(n.estimated, r.id).toBe(true);
      // The shares cover the four years before that.
      expect([r.period.from, r.period.to], r.id).toEqual([n.year - 4, n.year - 1]);
    }
  });

  it("keep the values printed in the chapters (quoted in the research log)", () => {
    const share = (id: string, code: string) =>
      importDependence.find((r) => r.id === id)?.partners.find((p) => p.country === code)?.share;
    // MCS 2025 titanium: "Sponge metal: Japan, 82%; Kazakhstan, 9%; Saudi Arabia, 7%; and other, 2%."
    expect(share("usgs-mcs-2025-titanium-sponge-metal", "KZ")).toBe(9);
    // MCS 2025 beryllium: "Kazakhstan, 39%; Latvia, 23%; …", net import reliance 2024e printed "E".
    expect(share("usgs-mcs-2025-beryllium-all", "KZ")).toBe(39);
    expect(importDependence.find((r) => r.id === "usgs-mcs-2025-beryllium-all")?.netImportReliance.mark).toBe("net-exporter");
    // MCS 2026 rhenium: "Ammonium perrhenate - Canada: 25% - Kazakhstan: 24% …".
    expect(share("usgs-mcs-2026-rhenium-ammonium-perrhenate", "KZ")).toBe(24);
    // MCS 2026 data release, SULFUR, Import Sources 2021-2024: Elemental, Kazakhstan 6; Total sulfur imports,
    // Kazakhstan 5; Net import reliance 2025: 14, "Estimated."
    expect(share("usgs-mcs-2026-sulfur-elemental", "KZ")).toBe(6);
    expect(share("usgs-mcs-2026-sulfur-total", "KZ")).toBe(5);
    expect(importDependence.find((r) => r.id === "usgs-mcs-2026-sulfur-total")?.netImportReliance).toMatchObject({
      year: 2025,
      estimated: true,
      value: 14,
    });
    // MCS 2026 data release, CHROMIUM, Import Sources 2021-2024, Ferrochromium: Other countries 24 (missing in the extraction).
    expect(share("usgs-mcs-2026-chromium-ferrochromium", "OTHER")).toBe(24);
  });

  it("the schema refuses shares over 100 in sum, a mark with a value, and a wrong c5Partners", () => {
    const first = importDependence[0];
    if (first === undefined) throw new Error("no records");
    const base = JSON.parse(JSON.stringify(first)) as z.input<typeof ImportDependence>;
    const over = { ...base, partners: [...base.partners, { printed: "Peru", country: "PE", share: 60 }] };
    expect(ImportDependence.safeParse(over).success).toBe(false);
    const markWithValue = {
      ...base,
      netImportReliance: { ...base.netImportReliance, printed: "E", mark: "net-exporter", value: 5 },
    };
    expect(ImportDependence.safeParse(markWithValue).success).toBe(false);
    const wrongMark = { ...base, netImportReliance: { ...base.netImportReliance, printed: ">95", mark: "value", value: 95 } };
    expect(ImportDependence.safeParse(wrongMark).success).toBe(false);
    expect(ImportDependence.safeParse({ ...base, c5Partners: ["UZ"] }).success).toBe(false);
  });
});
