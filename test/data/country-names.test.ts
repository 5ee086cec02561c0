import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { countries, countryNames, findRoutes, getCountry, getSource } from "../../src/index.js";
import { CountryNameLanguage } from "../../src/schemas/index.js";

// The CLDR files themselves, read here independently of the curation script.
const require = createRequire(import.meta.url);
const cldrPackage = JSON.parse(readFileSync(require.resolve("cldr-localenames-full/package.json"), "utf8")) as {
  version: string;
};
const territories = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(require.resolve(`cldr-localenames-full/main/${lang}/territories.json`), "utf8")).main[lang]
    .localeDisplayNames.territories;

describe("country names in the region's languages (Unicode CLDR)", () => {
  it("names every country of the dataset, and no other, in every language, as the installed CLDR release does", () => {
    expect(countryNames.map((r) => r.country)).toEqual(countries.map((c) => c.alpha2));
    for (const lang of CountryNameLanguage.options) {
      const cldr = territories(lang);
      for (const r of countryNames) expect(r.names[lang], `${r.country} ${lang}`).toBe(cldr[r.country]);
    }
  });

  it("records the CLDR release it was read from", () => {
    for (const r of countryNames) {
      const source = getSource(r.source);
      expect(source?.edition).toContain(`cldr-localenames-full ${cldrPackage.version}`);
      expect(source?.edition).toContain(`CLDR ${cldrPackage.version.split(".")[0]}`);
    }
  });

  it("resolves every name in every language to its own country", () => {
    for (const r of countryNames)
      for (const [lang, name] of Object.entries(r.names)) expect(getCountry(name)?.alpha2, `${name} (${lang})`).toBe(r.country);
  });

  it("resolves the names a reader in the region types, with any apostrophe for Uzbek's ʻ", () => {
    const cases: [string, string][] = [
      ["Қазақстан", "KZ"],
      ["哈萨克斯坦", "KZ"],
      ["Oʻzbekiston", "UZ"],
      ["O'zbekiston", "UZ"],
      ["O‘zbekiston", "UZ"],
      ["oʼzbekiston", "UZ"],
      ["Ўзбекистон", "UZ"],
      ["Кыргызстан", "KG"],
      ["Тоҷикистон", "TJ"],
      ["Türkmenistan", "TM"],
      ["ТУРКМЕНИСТАН", "TM"],
      ["Туркменистан", "TM"],
    ];
    for (const [name, code] of cases) expect(getCountry(name)?.alpha2, name).toBe(code);
    expect(getCountry("Ozbekistonn")).toBeUndefined();
  });

  it("the C5 and US profiles carry the same names", () => {
    const profiled = countries.filter((c) => c.profile !== undefined);
    expect(profiled.length).toBeGreaterThanOrEqual(6);
    for (const c of profiled) expect(c.profile?.names).toEqual(countryNames.find((r) => r.country === c.alpha2)?.names);
  });

  it("functions that take a country accept the local names too", () => {
    const byCode = findRoutes("KZ", "TR").map((r) => r.legs.length);
    expect(findRoutes("哈萨克斯坦", "Türkiye").map((r) => r.legs.length)).toEqual(byCode);
    expect(() => findRoutes("Қазақстанн", "TR")).toThrow(/Қазақстанн/);
  });
});
