import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { facilities } from "../../src/facilities.js";

describe("c5-minerals query facilities", () => {
  it("lists the facilities of a country, one per line", () => {
    const r = runCli(["query", "facilities", "--country", "TM"]);
    expect(r.code).toBe(0);
    const ids = r.stdout
      .trim()
      .split("\n")
      .map((l) => l.split(" ")[0]);
    expect(ids).toEqual(facilities.filter((f) => f.country === "TM").map((f) => f.id));
  });

  it("answers as JSON with --json", () => {
    const r = runCli(["query", "facilities", "list", "--mineral", "iodine", "--json"]);
    const parsed = JSON.parse(r.stdout) as { id: string; commodities: { mineral: string }[] }[];
    expect(parsed.length).toBeGreaterThan(0);
    for (const f of parsed) expect(f.commodities.some((c) => c.mineral === "iodine")).toBe(true);
  });

  it("shows one facility with its sources", () => {
    const r = runCli(["query", "facilities", "show", "hazar-chemical-plant"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("leaves from turkmenbashi-port");
  });

  it("routes from a facility over the corridor graph", () => {
    const r = runCli(["query", "facilities", "route", "hazar-chemical-plant", "TR", "--avoid", "RU", "--json"]);
    const routes = JSON.parse(r.stdout) as { nodes: { id: string; country: string }[] }[];
    expect(routes[0]?.nodes[0]?.id).toBe("turkmenbashi-port");
    expect(routes[0]?.nodes.at(-1)?.country).toBe("TR");
  });

  it("says who controls an output, with coverage", () => {
    const r = runCli(["query", "facilities", "control", "KZ", "chromium"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/coverage: /);
    // the Kazakh state's 40 % of ERG, not the country where ERG is incorporated
    expect(r.stdout).toMatch(/state 40/);
    expect(r.stdout).not.toMatch(/\bLU\b/);
  });

  it("lists what it did not add, and filters by ultimate owner and exit node", () => {
    const gold = runCli(["query", "facilities", "control", "UZ", "gold"]);
    expect(gold.stdout).toMatch(/not counted: muruntau-gold-mine/);
    const r = runCli(["query", "facilities", "list", "--ultimate-owner", "state:FR", "--json"]);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((f) => f.id)).toEqual(
      facilities.filter((f) => f.id === "katco").map((f) => f.id),
    );
    const exit = runCli(["query", "facilities", "list", "--exit-node", "bukhara", "--json"]);
    expect((JSON.parse(exit.stdout) as { exit: { node: string } }[]).every((f) => f.exit.node === "bukhara")).toBe(true);
  });

  it.each([
    [["query", "facilities", "show"], 2],
    [["query", "facilities", "show", "no-such-facility"], 1],
    [["query", "facilities", "nonsense"], 2],
    [["query", "facilities", "--bogus"], 2],
    [["query", "facilities", "control", "KZ", "chromium", "--measure", "weight"], 2],
  ] as const)("rejects %j with exit code %i", (args, code) => {
    expect(runCli([...args]).code).toBe(code);
  });
});
