import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The house's floors, from the ground: a module may import its own floor or a lower one, never a higher
// one, and no chain of imports may come back to where it started (zod's no-circular-imports habit).
// Generated dataset modules belong to the datasets floor; the subpath entry modules (src/*.ts) stand on
// top of every floor but the CLI's.
const FLOORS = ["core", "schemas", "datasets", "queries|usgs|baci", "validate", "formats", "entries", "cli"] as const;

const root = resolve(import.meta.dirname, "../..");
const src = join(root, "src");
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}
const floorOf = (file: string): number => {
  const rel = relative(src, file).replace(/\\/g, "/");
  const top = rel.includes("/") ? (rel.split("/")[0] as string) : "entries";
  const floor = FLOORS.findIndex((f) => f.split("|").includes(top));
  if (floor < 0) throw new Error(`${rel} is on no floor: add its folder to FLOORS`);
  return floor;
};
/** Relative imports of a module (static, dynamic and type-only alike), as absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;"'`]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);
  return specs.filter((s) => s.startsWith(".")).map((s) => resolve(dirname(file), s).replace(/\.js$/, ".ts"));
}
const modules = files(src);
const graph = new Map(modules.map((f) => [f, importsOf(f).filter((t) => t.endsWith(".ts") && !t.endsWith(".json.ts"))]));

/** Every import cycle, each as the list of files around it (Tarjan's strongly connected components). */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        on.delete(w);
        component.push(relative(root, w));
      } while (w !== v);
      if (component.length > 1 || (g.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe("architecture", () => {
  it("reads the imports of every module under src/", () => {
    expect(modules.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it("has no import cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("imports only from its own floor or lower ones (core → schemas → datasets → queries/usgs/baci → validate → formats → entries → cli)", () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      targets
        .filter((to) => graph.has(to) && floorOf(to) > floorOf(from))
        .map((to) => `${relative(root, from)} → ${relative(root, to)} (${FLOORS[floorOf(from)]} → ${FLOORS[floorOf(to)]})`),
    );
    expect(upward).toEqual([]);
  });

  it("keeps the ground floor free of the package and of zod", () => {
    const core = modules.filter((f) => floorOf(f) === 0);
    expect(core.length).toBeGreaterThan(5);
    for (const file of core) expect(readFileSync(file, "utf8"), relative(root, file)).not.toMatch(/from\s+["']zod["']/);
  });

  it("detects a cycle and an upward import when there is one (the checks can fail)", () => {
    const a = join(src, "core/a.ts");
    const b = join(src, "cli/b.ts");
    const fake = new Map([
      [a, [b]],
      [b, [a]],
    ]);
    expect(cycles(fake)).toHaveLength(1);
    expect(floorOf(b) > floorOf(a)).toBe(true);
  });
});
