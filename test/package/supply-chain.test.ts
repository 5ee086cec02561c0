import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(resolve(repo, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  bundleDependencies?: unknown;
};

describe("supply chain", () => {
  it("has exactly one runtime dependency, zod, pinned", () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["zod"]);
    expect(pkg.dependencies?.zod).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.bundleDependencies).toBeUndefined();
  });

  it("runs nothing when installed", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepare", "preprepare", "postprepare"]) {
      expect(pkg.scripts?.[hook], hook).toBeUndefined();
    }
  });

  it("installs nothing else for users: zod has no dependencies of its own", () => {
    const tree = JSON.parse(execFileSync("npm", ["ls", "--omit=dev", "--all", "--json"], { cwd: repo, encoding: "utf8" })) as {
      dependencies?: Record<string, { dependencies?: object }>;
    };
    expect(Object.keys(tree.dependencies ?? {})).toEqual(["zod"]);
    expect(tree.dependencies?.zod?.dependencies ?? {}).toEqual({});
  });
});
