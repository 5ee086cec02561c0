import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import { built, describeWhen } from "./prerequisites.js";

// Under Node the package reads each dataset's JSON file the first time the dataset is used. A preloaded
// module records every file the process reads from dist/records/.
const repo = resolve(import.meta.dirname, "../..");
const project = mkdtempSync(join(tmpdir(), "c5-lazy-"));
mkdirSync(join(project, "node_modules"));
symlinkSync(repo, join(project, "node_modules", "c5-minerals"), "dir");
writeFileSync(
  join(project, "spy.mjs"),
  `import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const read = fs.readFileSync;
globalThis.recordsRead = [];
fs.readFileSync = function (path, ...rest) {
  const m = String(path).match(/records\\/([\\w-]+)\\.json$/);
  if (m) globalThis.recordsRead.push(m[1]);
  return read.call(this, path, ...rest);
};
syncBuiltinESMExports();
`,
);
afterAll(() => rmSync(project, { recursive: true, force: true }));

function recordsRead(code: string): string[] {
  const out = spawnSync(
    process.execPath,
    ["--import", "./spy.mjs", "--input-type=module", "-e", `${code}\nconsole.log(JSON.stringify(globalThis.recordsRead));`],
    { cwd: project, encoding: "utf8" },
  );
  expect(out.stderr).toBe("");
  return JSON.parse(out.stdout.trim().split("\n").at(-1) ?? "null") as string[];
}

describeWhen(built("node/index.js"), "dist/node/index.js", "datasets under Node", () => {
  it("are not read by importing the root or any subpath", () => {
    expect(recordsRead(`await import("c5-minerals");`)).toEqual([]);
    for (const sub of ["countries", "minerals", "lists", "figures", "partnerships", "corridors", "facilities", "sources"]) {
      expect(recordsRead(`await import("c5-minerals/${sub}");`)).toEqual([]);
    }
  });

  it("are read once, and only the one a call uses", () => {
    expect(
      recordsRead(`const m = await import("c5-minerals"); m.getCountry("KZ"); m.getCountry("UZ"); m.countries.length;`),
    ).toEqual(["countries"]);
    expect(
      recordsRead(`const { figures } = await import("c5-minerals/figures"); figures.filter((f) => f.country === "KZ");`),
    ).toEqual(["figures"]);
  });

  it("are the same frozen arrays from the root and from a subpath", () => {
    const out = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const root = await import("c5-minerals"); const sub = await import("c5-minerals/figures");
         console.log(root.figures === sub.figures, Object.isFrozen(sub.figures), Array.isArray(sub.figures), sub.figures.length > 1000);`,
      ],
      { cwd: project, encoding: "utf8" },
    );
    expect(out.stdout.trim()).toBe("true true true true");
  });
});
