import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { expect, it } from "vitest";
import { built, describeWhen } from "./prerequisites.js";

// Reads the built modules and follows their static imports, so we can see exactly what importing one
// subpath loads.
const dist = resolve(import.meta.dirname, "../../dist");

function graph(entry: string): { files: string[]; bare: string[]; text: string } {
  const files: string[] = [];
  const bare = new Set<string>();
  let text = "";
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const code = readFileSync(file, "utf8");
    text += code;
    for (const m of code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1] ?? "";
      if (spec.startsWith(".")) visit(join(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(join(dist, entry));
  return { files, bare: [...bare], text };
}

// Strings that occur only in one dataset's records.
const markers = {
  sources: "pubs.usgs.gov/periodicals",
  figures: '"usgs-mcs-2025-chromium-world"',
  minerals: '"Oganesson"',
  lists: '"us-2022-critical-minerals"',
  partnerships: '"c5-plus-1-critical-minerals-dialogue"',
  corridors: '"middle-corridor"',
  countries: '"Kyrgyz Republic"',
};

// The datasets a subpath may load besides its own: those whose lookups resolve the names its queries
// accept (a mineral or country given by name or code is resolved the same way everywhere).
const resolves: Record<keyof typeof markers, readonly (keyof typeof markers)[]> = {
  countries: [],
  minerals: [],
  sources: [],
  lists: ["minerals"],
  figures: ["minerals", "countries"],
  partnerships: ["countries"],
  corridors: ["countries"],
};

describeWhen(built("index.js"), "dist/index.js", "the built module graph", () => {
  it.each(["countries", "minerals", "lists", "figures", "partnerships", "corridors", "sources"] as const)(
    "of ./%s loads no zod and no other dataset but those that resolve names",
    (name) => {
      const { bare, text } = graph(`${name}.js`);
      expect(bare).not.toContain("zod");
      expect(text).toContain(markers[name]);
      for (const [other, marker] of Object.entries(markers)) {
        if (other !== name && !resolves[name].includes(other as keyof typeof markers))
          expect(text.includes(marker), `${name} loads ${other}`).toBe(false);
      }
    },
  );

  // ./facilities resolves countries and minerals by name like every subpath (the one resolver), and
  // bridges to the corridor graph and the figures
  it("of ./facilities loads no zod, and of the other datasets only those it resolves names in or bridges to", () => {
    const { bare, text } = graph("facilities.js");
    expect(bare).not.toContain("zod");
    expect(text).toContain('"hazar-chemical-plant"');
    for (const other of ["lists", "partnerships"] as const) {
      expect(text.includes(markers[other]), `facilities loads ${other}`).toBe(false);
    }
  });

  it("of the root loads every dataset but no zod", () => {
    const { bare, text } = graph("index.js");
    expect(bare).not.toContain("zod");
    for (const marker of Object.values(markers)) expect(text).toContain(marker);
  });

  it("of ./schemas and ./validate loads zod", () => {
    expect(graph("schemas.js").bare).toContain("zod");
    expect(graph("validate.js").bare).toContain("zod");
  });
});
