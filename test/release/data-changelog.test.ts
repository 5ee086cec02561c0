import { describe, expect, it } from "vitest";
import { dataChangelog } from "../../scripts/data-changelog.js";

// Two small states of the data, made here: what changed between them is known by construction.
const fig = (vintage: string, year: number, value: number | null, status = "reported") => ({
  country: "KZ",
  mineral: "chromium",
  measure: "mine-production",
  basis: "gross-weight",
  form: "marketable chromite ore",
  year,
  value,
  unit: "kt",
  status,
  table: `${vintage}-chromium-world`,
  vintage,
  source: `${vintage}-chromium`,
});
const before = {
  label: "v0.1.0",
  data: {
    figures: [fig("usgs-mcs-2025", 2023, 6000), fig("usgs-mcs-2025", 2024, 6500, "estimated")],
    partnerships: [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
    ],
  },
};
const after = {
  label: "HEAD",
  data: {
    // 2023 corrected within MCS 2025; MCS 2026 added, revising 2024 and adding 2025
    figures: [
      fig("usgs-mcs-2025", 2023, 6100),
      fig("usgs-mcs-2025", 2024, 6500, "estimated"),
      fig("usgs-mcs-2026", 2024, 6100, "estimated"),
      fig("usgs-mcs-2026", 2025, 7000, "estimated"),
    ],
    partnerships: [
      { id: "a", name: "A renamed" },
      { id: "c", name: "C" },
    ],
  },
};

describe("the data changelog", () => {
  const text = dataChangelog(before, after);

  it("counts per dataset the records added, removed and changed", () => {
    expect(text).toContain("| figures | 4 | 2 | 0 | 1 |");
    expect(text).toContain("| partnerships | 2 | 1 | 1 | 1 |");
    expect(text).toContain("added: c");
    expect(text).toContain("removed: b");
    expect(text).toContain("changed a: name");
  });

  it("lists each changed figure value old → new with its edition", () => {
    expect(text).toContain("KZ chromium mine-production (marketable chromite ore) 2023, MCS 2025: 6,000 kt → 6,100 kt");
    expect(text).toContain(
      "KZ chromium mine-production (marketable chromite ore) 2024: 6,500 kt (estimated) (MCS 2025) → 6,100 kt (estimated) (MCS 2026)",
    );
    // 2025 is new, not a revision: nothing older gave it
    expect(text).not.toMatch(/2025: .* → 7,000/);
    expect(text).toContain("added by edition: MCS 2026 2");
  });

  it("says so when nothing changed", () => {
    expect(dataChangelog(after, after)).toMatch(/None: HEAD and HEAD hold the same records/);
  });
});
