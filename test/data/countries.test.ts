import { describe, expect, it } from "vitest";
import { countries, getCountry, getCountryOrThrow } from "../../src/countries.js";
import { importDependence } from "../../src/figures.js";
import { C5, collections } from "./all.js";
import { inBoundingBox, insideOutline, outline } from "./geo.js";

describe("countries", () => {
  it("give the C5 and the US a complete profile", () => {
    for (const code of [...C5, "US"]) {
      const profile = getCountry(code)?.profile;
      expect(profile, code).toBeDefined();
      if (profile === undefined) continue;
      expect(profile.borders.length, code).toBeGreaterThan(0);
      expect(profile.population.length, code).toBeGreaterThan(0);
      expect(profile.area.totalKm2, code).toBeGreaterThan(0);
      expect(profile.currency.code, code).toMatch(/^[A-Z]{3}$/);
    }
  });

  it("call Uzbekistan doubly landlocked, the other C5 landlocked, and the US not", () => {
    expect(getCountry("UZ").profile?.landlocked).toBe("doubly-landlocked");
    for (const code of ["KZ", "KG", "TJ", "TM"] as const) expect(getCountry(code).profile?.landlocked).toBe("landlocked");
    expect(getCountry("US").profile?.landlocked).toBe("none");
  });

  it("are doubly landlocked only if every neighbour in the dataset is landlocked", () => {
    for (const c of countries) {
      if (c.profile?.landlocked !== "doubly-landlocked") continue;
      for (const b of c.profile.borders) {
        const n = getCountry(b.country)?.profile;
        if (n) expect(n.landlocked, `${c.alpha2} -> ${b.country}`).not.toBe("none");
      }
    }
  });

  it("have borders whose lengths agree on both sides", () => {
    for (const c of countries) {
      for (const b of c.profile?.borders ?? []) {
        const back = getCountry(b.country)?.profile?.borders.find((x) => x.country === c.alpha2);
        if (back) expect(back.lengthKm, `${c.alpha2}-${b.country}`).toBe(b.lengthKm);
      }
    }
  });

  it("are exactly the countries the package references: none missing, none extra", () => {
    const referenced = new Set<string>();
    const { countries: _own, ...others } = collections;
    JSON.stringify({ ...others, importDependence }, (key, value) => {
      const take = (v: unknown) => typeof v === "string" && /^[A-Z]{2}$/.test(v) && v !== "EU" && referenced.add(v);
      if (["country", "party", "jurisdiction"].includes(key)) take(value);
      if (["participants", "countries", "bypasses", "excludes", "c5Listed", "c5NotListed"].includes(key) && Array.isArray(value))
        value.forEach(take);
      return value;
    });
    for (const c of countries) for (const b of c.profile?.borders ?? []) referenced.add(b.country);
    for (const code of [...C5, "US"]) referenced.add(code);
    expect(countries.map((c) => c.alpha2).sort()).toEqual([...referenced].sort());
  });

  it("place each full-profile capital inside its country's outline (Natural Earth)", () => {
    for (const c of countries) {
      if (c.profile === undefined) continue;
      const { lat, lon } = c.profile.capital.coordinates;
      expect(insideOutline(c.numeric, lat, lon), `${c.alpha2} capital`).toBe(true);
    }
  });

  it("use numeric codes that Natural Earth knows for the same country", () => {
    for (const code of [...C5, "US", "CN", "RU", "AZ", "GE", "TR", "IR", "AF"]) {
      const c = getCountryOrThrow(code);
      expect(outline(c.numeric), code).toBeDefined();
      const { lat, lon } = c.profile?.capital.coordinates ?? { lat: Number.NaN, lon: Number.NaN };
      if (c.profile) expect(inBoundingBox(c.numeric, lat, lon)).toBe(true);
    }
  });

  it("keep Kazakhstan's capital renamings in order", () => {
    const capital = getCountry("KZ").profile?.capital;
    expect(capital?.name).toBe("Astana");
    const untils = (capital?.formerNames ?? []).map((f) => f.until);
    expect(untils.length).toBeGreaterThan(0);
    expect([...untils].sort()).toEqual(untils);
  });
});

describe("country lookups", () => {
  it("find by alpha-2, alpha-3, numeric, name and alias, ignoring case and accents", () => {
    expect(getCountry("kz")?.alpha2).toBe("KZ");
    expect(getCountry("KAZ")?.alpha2).toBe("KZ");
    expect(getCountry("398")?.alpha2).toBe("KZ");
    expect(getCountry("türkiye")?.alpha2).toBe("TR");
    expect(getCountry("TURKIYE")?.alpha2).toBe("TR");
    expect(getCountry("Turkey")?.alpha2).toBe("TR");
    expect(getCountry("Kyrgyz Republic")?.alpha2).toBe("KG");
    expect(getCountry("Russia")?.alpha2).toBe("RU");
  });
  it("return undefined for unknown input, and the OrThrow variant names it", () => {
    expect(getCountry("Atlantis")).toBeUndefined();
    expect(getCountry("")).toBeUndefined();
    expect(() => getCountryOrThrow("Atlantis")).toThrow(/Atlantis/);
  });
});
