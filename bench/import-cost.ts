// Cold-start costs, measured the way a user pays them: whole Node processes, interleaved rounds, medians.
// Used by bench/run.ts. Needs a build (npm run build).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** One process to time: what it runs, and where. */
export interface Case {
  label: string;
  args: string[];
  cwd: string;
}

/** Median wall time (ms) and median peak memory (MiB) of each case, over `rounds` interleaved rounds. */
export function timeProcesses(cases: readonly Case[], rounds: number): Map<string, { ms: number; rssMiB: number }> {
  const ms = new Map<string, number[]>(cases.map((c) => [c.label, []]));
  const rss = new Map<string, number[]>(cases.map((c) => [c.label, []]));
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const start = process.hrtime.bigint();
      const out = spawnSync(process.execPath, c.args, { cwd: c.cwd, encoding: "utf8" });
      ms.get(c.label)?.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (out.status !== 0) throw new Error(`${c.label} failed: ${out.stderr}`);
      const peak = /peak-rss (\d+)/.exec(out.stdout)?.[1];
      if (peak !== undefined) rss.get(c.label)?.push(Number(peak) / 1024);
    }
  }
  return new Map(cases.map((c) => [c.label, { ms: median(ms.get(c.label) ?? []), rssMiB: median(rss.get(c.label) ?? []) }]));
}

/** A Node process that imports `specifier` (nothing when undefined) and prints its peak memory. */
export function importCase(label: string, cwd: string, specifier: string | undefined, then = ""): Case {
  const load = specifier === undefined ? "" : `const m = await import(${JSON.stringify(specifier)});`;
  return {
    label,
    cwd,
    args: ["--input-type=module", "-e", `${load}${then}\nconsole.log("peak-rss", process.resourceUsage().maxRSS);`],
  };
}

/**
 * A project folder whose node_modules holds the package (a copy of package.json and dist/ with every
 * dataset's records repeated `times` times, or a link to the repository when `times` is 1) and the
 * dependencies named.
 */
export function project(repo: string, times: number, deps: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), `c5-bench-${times}x-`));
  mkdirSync(join(dir, "node_modules"));
  const pkg = join(dir, "node_modules", "c5-minerals");
  if (times === 1) symlinkSync(repo, pkg, "dir");
  else {
    mkdirSync(pkg);
    cpSync(join(repo, "package.json"), join(pkg, "package.json"));
    cpSync(join(repo, "dist"), join(pkg, "dist"), { recursive: true });
    const records = join(pkg, "dist", "records");
    for (const file of readdirSync(records)) {
      const data = JSON.parse(readFileSync(join(records, file), "utf8")) as unknown[] | { rows: unknown[] };
      const repeat = <T>(xs: T[]) => Array.from({ length: times }, () => xs).flat();
      const grown = Array.isArray(data) ? repeat(data) : { ...data, rows: repeat(data.rows) };
      writeFileSync(join(records, file), JSON.stringify(grown));
    }
  }
  for (const dep of deps) symlinkSync(join(repo, "node_modules", dep), join(dir, "node_modules", dep), "dir");
  return dir;
}

/** Removes a folder made by {@link project}. */
export const removeProject = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** The packed (tarball) and unpacked size of the package in bytes, as npm reports them. */
export function packageSize(repo: string): { packed: number; unpacked: number; files: number } {
  const out = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repo, encoding: "utf8" });
  const [info] = JSON.parse(out.stdout) as { size: number; unpackedSize: number; entryCount: number }[];
  if (info === undefined) throw new Error(`npm pack failed: ${out.stderr}`);
  return { packed: info.size, unpacked: info.unpackedSize, files: info.entryCount };
}
