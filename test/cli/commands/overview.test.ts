import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";

describe("c5-minerals overview", () => {
  it("prints an overview by default", () => {
    expect(runCli([]).stdout).toMatch(/What the C5 produce/);
    expect(runCli(["overview", "--json"]).code).toBe(0);
  });
});
