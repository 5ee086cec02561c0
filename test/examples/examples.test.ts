import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { built, describeWhen } from "../package/prerequisites.js";
import { collectExamples, collectScripts, expectedValue, transform } from "./collect.js";

const root = resolve(import.meta.dirname, "../..");
const examples = collectExamples(root);

describe("the example runner", () => {
  it("reads stated outputs, and leaves prose alone", () => {
    expect(expectedValue('"Kazakhstan"')).toEqual({ value: "Kazakhstan" });
    expect(expectedValue("false: an estimate needs a value")).toEqual({ value: false });
    expect(expectedValue("13.8 (% of world output, 2024)")).toEqual({ value: 13.8 });
    expect(expectedValue('["KZ", "UZ"]')).toEqual({ value: ["KZ", "UZ"] });
    expect(expectedValue("[2015, ..., 2024]")).toBeUndefined();
    expect(expectedValue("type error: readonly")).toBeUndefined();
  });
  it("turns imports into dynamic imports and stated outputs into checks", () => {
    const code = transform('import { getCountry } from "c5-minerals";\ngetCountry("KZ").name; // "Kazakhstan"');
    expect(code).toContain('const { getCountry } = await import("c5-minerals");');
    expect(code).toContain('__check(getCountry("KZ").name, "\\"Kazakhstan\\""');
  });
});

describeWhen(built("index.js"), "dist/index.js", "every example in the docs", () => {
  it("is found: TSDoc of every public export, README and guides", () => {
    expect(examples.length).toBeGreaterThan(80);
    expect(examples.some((e) => e.where.startsWith("README.md"))).toBe(true);
  });

  it("runs against the built package without throwing, and prints what it says", () => {
    const dir = join(root, ".examples");
    mkdirSync(dir, { recursive: true });
    const script = [
      `const failures = [];`,
      `let current = "";`,
      `function __check(actual, comment, line) {`,
      `  globalThis.__checks.push({ where: current, line, actual, comment });`,
      `}`,
      `globalThis.__checks = [];`,
      ...examples.map(
        (e, i) =>
          `current = ${JSON.stringify(e.where)};\ntry { await (async () => {\n${transform(e.code)}\n})(); } catch (error) { failures.push({ where: ${JSON.stringify(e.where)}, error: String(error && error.stack || error) }); } void ${i};`,
      ),
      `console.log(JSON.stringify({ failures, checks: globalThis.__checks.map((c) => ({ ...c, actual: c.actual === undefined ? "__undefined__" : c.actual })) }));`,
    ].join("\n");
    const file = join(dir, "all-examples.ts");
    writeFileSync(file, script);
    const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
    const output = execFileSync("node", [tsx, file], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const result = JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as {
      failures: { where: string; error: string }[];
      checks: { where: string; line: string; actual: unknown; comment: string }[];
    };
    expect(result.failures).toEqual([]);
    const wrong = result.checks
      .map((c) => ({
        ...c,
        actual: c.actual === "__undefined__" ? undefined : c.actual,
        expected: expectedValue(c.comment)?.value,
      }))
      .filter((c) => JSON.stringify(c.actual) !== JSON.stringify(c.expected))
      .map((c) => `${c.where}: ${c.line} gave ${JSON.stringify(c.actual)}`);
    expect(wrong).toEqual([]);
    expect(result.checks.length).toBeGreaterThan(50);
  });
});

describeWhen(built("index.js"), "dist/index.js", "every shell and Python block in the docs", () => {
  const scripts = collectScripts(root);
  // A scratch project with the package installed the way a user has it: node_modules/c5-minerals.
  const project = join(root, ".examples", "project");

  it("is found", () => {
    expect(scripts.some((s) => s.language === "sh")).toBe(true);
    expect(scripts.some((s) => s.language === "python")).toBe(true);
  });

  it.each(scripts.map((s) => [s.where, s] as const))("%s runs and exits 0", (_where, script) => {
    rmSync(project, { recursive: true, force: true });
    mkdirSync(join(project, "node_modules"), { recursive: true });
    symlinkSync(root, join(project, "node_modules", "c5-minerals"), "dir");
    if (script.language === "python") {
      const python = ["python3", "/usr/bin/python3"].find((p) => spawnSync(p, ["-c", "import jsonschema"]).status === 0);
      expect(python, "a python3 with the jsonschema module (Debian: python3-jsonschema)").toBeDefined();
      const result = spawnSync(python ?? "python3", ["-c", script.code], { cwd: project, encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe("True");
      return;
    }
    for (const line of script.code.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"))) {
      const words = line.trim().split(/\s+/);
      if (words[0] === "npm") continue; // installing is what the scratch project already did
      expect(words.slice(0, 2)).toEqual(["npx", "c5-minerals"]);
      const result = spawnSync("node", [join(root, "dist/node/cli.js"), ...words.slice(2)], { cwd: project, encoding: "utf8" });
      expect(result.status, `${line}\n${result.stderr}`).toBe(0);
    }
  });
});
