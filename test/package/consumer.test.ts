import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Packs the built package, installs the tarball into a scratch project and uses it the ways a consumer
// would: Node ESM, require() of ESM, and TypeScript with nodenext and bundler resolution.
const repo = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { exports: Record<string, unknown>; version: string };
const subpaths = Object.keys(pkg.exports).filter((k) => !k.includes("*") && k !== "./package.json");
const specifiers = subpaths.map((k) => (k === "." ? "c5-minerals" : `c5-minerals/${k.slice(2)}`));
const tsc = join(repo, "node_modules/typescript/bin/tsc");
let dir = "";
let packedFiles: string[] = [];

const run = (cmd: string, args: string[], cwd = dir) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: "pipe" });

beforeAll(() => {
  if (!existsSync(join(repo, "dist/index.js"))) throw new Error("Build first: npm run build");
  dir = mkdtempSync(join(tmpdir(), "c5-consumer-"));
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], repo)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const first = packed[0];
  if (first === undefined) throw new Error("npm pack returned nothing");
  packedFiles = first.files.map((f) => f.path);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(dir, first.filename)]);
});

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("holds only the build output, README, licences, CHANGELOG and package.json", () => {
    const allowed = /^(dist\/.+|README\.md|LICENSE|DATA-LICENSE\.md|CHANGELOG\.md|package\.json)$/;
    expect(packedFiles.filter((f) => !allowed.test(f))).toEqual([]);
    expect(packedFiles).toContain("dist/index.js");
    expect(packedFiles).toContain("dist/json-schema/figure.json");
  });

  it("imports the root and every subpath from Node ESM", () => {
    const code = [
      ...specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`),
      `import figureSchema from "c5-minerals/json-schema/figure.json" with { type: "json" };`,
      `import countriesJson from "c5-minerals/data/countries.json" with { type: "json" };`,
      `if (countriesJson.length !== m0.countries.length) throw new Error("data/countries.json differs");`,
      `const counts = [${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(", ")}];`,
      `console.log(JSON.stringify({ counts, kz: m0.getCountry("KZ").name, schemaId: figureSchema.$defs ? "defs" : figureSchema.type }));`,
    ].join("\n");
    writeFileSync(join(dir, "esm.mjs"), code);
    const out = JSON.parse(run("node", ["esm.mjs"])) as { counts: number[]; kz: string; schemaId: string };
    expect(out.counts.every((n) => n > 0)).toBe(true);
    expect(out.kz).toBe("Kazakhstan");
  });

  it("runs the c5-minerals command with npx", () => {
    const help = execFileSync("npx", ["--no-install", "c5-minerals", "--help"], { cwd: dir, encoding: "utf8" });
    expect(help).toMatch(/Usage: c5-minerals <command>/);
    const figures = JSON.parse(readFileSync(join(dir, "node_modules/c5-minerals/dist/data/figures.json"), "utf8")) as unknown[];
    expect(figures.length).toBeGreaterThan(0);
  });

  it("loads every subpath with require() (Node >= 20.19)", () => {
    const code = `${specifiers.map((s) => `require(${JSON.stringify(s)});`).join("\n")}\nconsole.log(require("c5-minerals").countries.length);`;
    writeFileSync(join(dir, "cjs.cjs"), code);
    const out = execFileSync("node", ["--no-warnings", "cjs.cjs"], { cwd: dir, encoding: "utf8" });
    expect(Number(out.trim())).toBeGreaterThan(0);
  });

  it.each(["nodenext", "bundler"])("type-checks with moduleResolution %s", (resolution) => {
    const source = [
      `import { getCountry, type CountryCode } from "c5-minerals";`,
      `import { Figure } from "c5-minerals/schemas";`,
      `import { checkIntegrity } from "c5-minerals/validate";`,
      ...specifiers.map((s, i) => `import * as s${i} from ${JSON.stringify(s)};`),
      `const kz: string = getCountry("KZ").name;`,
      `const code: CountryCode = "UZ";`,
      `const parsed = Figure.safeParse({});`,
      `const issues: { path: string }[] = checkIntegrity({});`,
      `// @ts-expect-error: an unknown literal is not a CountryCode`,
      `const wrong: CountryCode = "XX";`,
      `export { kz, code, parsed, issues, wrong, ${specifiers.map((_, i) => `s${i}`).join(", ")} };`,
    ].join("\n");
    writeFileSync(join(dir, `use-${resolution}.ts`), source);
    const module = resolution === "nodenext" ? "nodenext" : "preserve";
    writeFileSync(
      join(dir, `tsconfig.${resolution}.json`),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module,
          moduleResolution: resolution,
          target: "es2022",
          skipLibCheck: false,
          types: [],
        },
        files: [`use-${resolution}.ts`],
      }),
    );
    expect(() => run("node", [tsc, "-p", `tsconfig.${resolution}.json`])).not.toThrow();
  });
});
