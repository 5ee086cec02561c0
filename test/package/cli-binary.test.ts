import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { tempFiles } from "../cli/helpers.js";
import { built, describeWhen, repo } from "./prerequisites.js";

const { dir } = tempFiles();

describeWhen(built("node/cli.js"), "dist/node/cli.js", "the built CLI as a process", () => {
  const cli = join(repo, "dist/node/cli.js");
  it("prints errors as one line with the right exit code and no stack trace", () => {
    const result = spawnSync("node", [cli, "validate", join(dir, "nothing.json"), "--as", "figure"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(spawnSync("node", [cli, "validate"], { encoding: "utf8" }).status).toBe(2);
    expect(execFileSync("node", [cli, "--version"], { encoding: "utf8" }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it("answers a name in another case and refuses a typo with a suggestion, exit 1", () => {
    const ok = spawnSync("node", [cli, "query", "lists", "URANIUM"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/us-2025-critical-minerals/);
    const typo = spawnSync("node", [cli, "query", "lists", "uranum"], { encoding: "utf8" });
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/did you mean "uranium"\?/);
  });
});
