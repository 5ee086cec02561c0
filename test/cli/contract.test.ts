import { describe, expect, it } from "vitest";
import { QUERY_KINDS } from "../../src/cli/commands/query/index.js";
import { runCli } from "../../src/cli/main.js";

// The argument contract for the CLI's query kinds: a thing named in another case or with stray spaces
// gives the same answer as its id; an unknown thing exits 1 and an unusable option value exits 2, each
// with one line that names the argument and suggests the closest value; nothing answers "none" with
// exit 0 for a name it did not resolve. Every kind in QUERY_KINDS must have its cases here.

interface Cases {
  /** A canonical call and spellings of the same call that must print the same. */
  same: readonly (readonly string[])[];
  /** Calls naming an unknown thing: exit 1 with a suggestion. */
  unknown: readonly (readonly string[])[];
  /** Calls with an unusable option value: exit 2, naming the option. */
  malformed: readonly (readonly string[])[];
}
const CASES: Record<string, Cases> = {
  country: {
    same: [["KZ"], ["kazakhstan"], [" KAZAKHSTAN "], ["KAZ"]],
    unknown: [["Kazakstan"]],
    malformed: [],
  },
  mineral: {
    same: [
      ["chromium", "--measure", "mine-production"],
      ["Chromium", "--measure", "Mine-Production"],
    ],
    unknown: [["chromum"]],
    malformed: [
      ["chromium", "--measure", "mine-prodution"],
      ["chromium", "--vintage", "usgs-mcs-2052x"],
      ["chromium", "--year", "20x4"],
    ],
  },
  lists: { same: [["uranium"], ["Uranium"], [" URANIUM "]], unknown: [["uranum"]], malformed: [] },
  list: {
    same: [["us-2025-critical-minerals"], ["US-2025-Critical-Minerals"]],
    unknown: [["us-2025-critical-mineral"]],
    malformed: [],
  },
  members: {
    same: [
      ["c5-plus-1", "--date", "2024-06-01"],
      ["C5+1", "--date", "2024-06-01"],
    ],
    unknown: [["c5-plus-2x", "--date", "2024-06-01"]],
    malformed: [["c5-plus-1", "--date", "2024-02-30"]],
  },
  route: {
    same: [
      ["KZ", "TR", "--avoid", "RU,IR"],
      ["kazakhstan", "turkiye", "--avoid", "russia, iran"],
    ],
    unknown: [["Kazakstan", "TR"]],
    malformed: [
      ["KZ", "TR", "--avoid-modes", "rial"],
      ["KZ", "TR", "--avoid", "Rusia"],
    ],
  },
  timeline: {
    same: [
      ["--country", "KZ"],
      ["--country", "kazakhstan"],
    ],
    unknown: [],
    malformed: [
      ["--country", "Kazakstan"],
      ["--from", "2024-13"],
    ],
  },
  revisions: {
    same: [
      ["KZ", "chromium", "mine-production", "2024"],
      ["kz", "Chromium", "mine-production", "2024"],
    ],
    unknown: [["KZ", "chromum", "mine-production", "2024"]],
    malformed: [["KZ", "chromium", "mine-prodution", "2024"]],
  },
  facilities: {
    same: [
      ["list", "--country", "UZ"],
      ["list", "--country", "uzbekistan"],
    ],
    unknown: [["show", "inkaii"]],
    malformed: [],
  },
  measures: {
    same: [
      ["KZ", "--date", "2025-06-01", "--product", "copper"],
      ["kazakhstan", "--date", "2025-06-01", "--product", "Copper"],
      [" KAZAKHSTAN ", "--date", "2025-06-01", "--product", "copper"],
    ],
    unknown: [
      ["Kazakstan", "--date", "2025-06-01"],
      ["facility", "kumtor-gold-min", "--date", "2025-06-01"],
    ],
    malformed: [
      ["KZ", "--date", "2025-13-01"],
      ["timeline", "KZ", "--from", "2024-13"],
    ],
  },
};

describe("the CLI's query kinds keep the argument contract", () => {
  it("every query kind has its cases", () => {
    expect(Object.keys(CASES).sort()).toEqual(QUERY_KINDS.map((k) => k.name).sort());
  });
  for (const [kind, cases] of Object.entries(CASES)) {
    it(`${kind}: spellings of one thing give one answer`, () => {
      const [first, ...rest] = cases.same.map((args) => runCli(["query", kind, ...args, "--json"]));
      expect(first?.code, `${kind} ${cases.same[0]?.join(" ")}: ${first?.stderr}`).toBe(0);
      for (const [i, other] of rest.entries()) expect(other, `${kind} ${cases.same[i + 1]?.join(" ")}`).toEqual(first);
    });
    it.each(cases.unknown.map((args) => [args.join(" "), args] as const))(
      `${kind} %s: an unknown thing exits 1 with a suggestion`,
      (_, args) => {
        const result = runCli(["query", kind, ...args]);
        expect(result.code, result.stdout).toBe(1);
        expect(result.stderr).toMatch(/did you mean/);
        expect((result.stderr ?? "").trim().split("\n")).toHaveLength(1);
      },
    );
    it.each(cases.malformed.map((args) => [args.join(" "), args] as const))(
      `${kind} %s: an unusable value is refused, naming it`,
      (_, args) => {
        const result = runCli(["query", kind, ...args]);
        expect(result.code, result.stdout).not.toBe(0);
        expect((result.stderr ?? "").trim().split("\n")).toHaveLength(1);
        expect(result.stderr).toMatch(/--|must|no \w+ matches/);
      },
    );
  }
});
