import { describe, expect, it } from "vitest";
import { figuresFromTable, type TranscribedTable } from "../../src/usgs/transcribed.js";

const table = (estimateMarks?: "read" | "lost"): TranscribedTable => ({
  ...(estimateMarks === undefined ? {} : { estimateMarks }),
  table: {
    id: "t",
    source: "s",
    vintage: "v",
    mineral: "zinc",
    title: "T",
    unitNote: "kt",
    c5Listed: ["KZ"],
    c5NotListed: [],
    sumTolerance: 0,
  },
  columns: [
    { key: "p1", header: "2024", measure: "mine-production", year: 2024, unit: "kt", basis: "contained" },
    { key: "p2", header: "2025e", measure: "mine-production", year: 2025, unit: "kt", basis: "contained", estimated: true },
  ],
  reportedFootnotes: ["3"],
  rows: [
    { country: "KZ", printedName: "Kazakhstan", cells: { p1: "100", p2: "110" } },
    { country: "IN", printedName: "Indiae", estimated: true, cells: { p1: "50", p2: "W" } },
    { country: "PE", printedName: "Peru", cells: { p1: "20(3)", p2: "NA" } },
    { country: "US", printedName: "United States", cells: { p1: "—", p2: "—" } },
  ],
});

const statuses = (t: TranscribedTable) => figuresFromTable(t).figures.map((f) => `${f.country} ${f.year} ${f.status}`);

describe("figuresFromTable and the estimate marks of the copy it was read from", () => {
  it("reads an unmarked number as reported when the marks were read", () => {
    expect(statuses(table())).toContain("KZ 2024 reported");
    expect(statuses(table("read"))).toContain("KZ 2024 reported");
  });

  it("never claims 'reported' for an unmarked number when the copy lost the marks", () => {
    const s = statuses(table("lost"));
    expect(s).toContain("KZ 2024 reported-or-estimated");
    expect(s).not.toContain("KZ 2024 reported");
  });

  it("keeps what the copy still shows: estimated columns and rows, 'Reported' footnotes, W, NA and zero", () => {
    const s = statuses(table("lost"));
    expect(s).toEqual(
      expect.arrayContaining([
        "KZ 2025 estimated",
        "IN 2024 estimated",
        "IN 2025 withheld",
        "PE 2024 reported",
        "PE 2025 not-available",
        "US 2024 zero",
      ]),
    );
  });
});
