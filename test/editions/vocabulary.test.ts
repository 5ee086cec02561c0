import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Every edition of the USGS Mineral Commodity Summaries under data/figures/usgs-mcs-*, read from the files
// themselves, so an edition added later (MCS 2026, 2027, ...) is covered without changing this test.
const figuresDir = resolve(import.meta.dirname, "../../data/figures");
const editions = readdirSync(figuresDir)
  .filter((d) => /^usgs-mcs-\d{4}$/.test(d))
  .sort();

interface Column {
  key: string;
  measure: string;
  basis: string;
  unit: string;
  form?: string;
}
interface TableFile {
  table: { id: string; mineral: string; kind?: string };
  columns: Column[];
}

/** Output (any production measure), reserves or capacity: the kinds of table column an edition prints. */
const kindOf = (measure: string) => (measure === "reserves" || measure === "capacity" ? measure : "output");

/** For each edition: (mineral, column kind) -> form -> the (measure, basis, unit) of each column of that form. */
const vocabulary = new Map<string, Map<string, Map<string, Set<string>>>>();
for (const edition of editions) {
  const byKind = new Map<string, Map<string, Set<string>>>();
  for (const file of readdirSync(join(figuresDir, edition)).filter((f) => f.endsWith(".json"))) {
    const t = JSON.parse(readFileSync(join(figuresDir, edition, file), "utf8")) as TableFile;
    if (t.table.kind === "alternative") continue;
    for (const c of t.columns) {
      const kind = `${t.table.mineral} ${kindOf(c.measure)}`;
      const forms = byKind.get(kind) ?? new Map<string, Set<string>>();
      const form = c.form ?? "(no form)";
      forms.set(form, (forms.get(form) ?? new Set()).add(`${c.measure} / ${c.basis} / ${c.unit}`));
      byKind.set(kind, forms);
    }
  }
  vocabulary.set(edition, byKind);
}

/**
 * Quantities that only some editions print, each with the reason; a form missing from this list and from
 * another edition that prints the same kind of column is a naming drift, not a new quantity.
 */
const ONLY_IN_SOME_EDITIONS: ReadonlySet<string> = new Set<string>([
  // MCS 2026 prints chromium reserves twice, as ore and as Cr2O3 content (USGS MCS 2026 data release rows
  // "Reserves: Ore" and "Reserves: Cr2O3 content"); the earlier editions print the ore column only.
  "chromium reserves 'Cr2O3 content of chromite ore reserves'",
  // MCS 2023 prints one silicon column, ferrosilicon and silicon metal combined (ferrosilicon alone for five
  // countries; mcs2023-simet_world.csv Type cells); MCS 2024 and later print the two products apart.
  "silicon output 'ferrosilicon and silicon metal combined'",
  "silicon output 'ferrosilicon'",
  "silicon output 'silicon metal'",
]);

const pairs = editions.flatMap((a, i) => editions.slice(i + 1).map((b) => [a, b] as const));

describe("one vocabulary across the editions of the MCS", () => {
  it("holds at least two editions", () => {
    expect(editions.length).toBeGreaterThanOrEqual(2);
  });

  it.each(editions)("%s states each form of a table kind with one measure, basis and unit", (edition) => {
    const mixed = [...(vocabulary.get(edition) ?? [])].flatMap(([kind, forms]) =>
      [...forms].filter(([, stated]) => stated.size > 1).map(([form, stated]) => `${kind} '${form}': ${[...stated].join(" | ")}`),
    );
    expect(mixed).toEqual([]);
  });

  it.each(pairs)("%s and %s name the same quantity alike", (a, b) => {
    const left = vocabulary.get(a) ?? new Map<string, Map<string, Set<string>>>();
    const right = vocabulary.get(b) ?? new Map<string, Map<string, Set<string>>>();
    const problems: string[] = [];
    for (const [kind, leftForms] of left) {
      const rightForms = right.get(kind);
      if (rightForms === undefined) continue; // the table kind is in one edition only (a chapter without a C5 row)
      for (const form of new Set([...leftForms.keys(), ...rightForms.keys()])) {
        const l = leftForms.get(form);
        const r = rightForms.get(form);
        if (l === undefined || r === undefined) {
          if (!ONLY_IN_SOME_EDITIONS.has(`${kind} '${form}'`))
            problems.push(`${kind}: form '${form}' only in ${l === undefined ? b : a} (${[...(l ?? r ?? [])].join(" | ")})`);
        } else if ([...l].join() !== [...r].join()) {
          problems.push(`${kind} '${form}': ${a} ${[...l].join(" | ")}, ${b} ${[...r].join(" | ")}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
