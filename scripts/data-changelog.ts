// The data changes of a release, generated, never written by hand: per dataset the records added, removed
// and changed between two states of the data, and for figures every value that changed (old → new, with
// the edition), both corrections within an edition and revisions that a newer edition prints for a year an
// older one already gave.
//
// A state of the data is a git revision (the generated records it committed under
// src/datasets/generated/), a baseline snapshot file written by --write-baseline, `none` (no data: the
// first release lists everything as added) or, for --to, the working tree (the default).
//
// Usage:
//   tsx scripts/data-changelog.ts [--from <rev>|none] [--baseline <file>] [--to <rev>] [--max <n>] [--insert]
//   tsx scripts/data-changelog.ts --write-baseline <file>
// --from defaults to the newest release tag (git describe --tags --abbrev=0). --insert puts the section
// into CHANGELOG.md under the newest version heading (the one `changeset version` just wrote) instead of
// printing it. Release steps: `npx changeset version && tsx scripts/data-changelog.ts --insert`
// (`npm run release:version` does both).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DATASETS } from "../src/core/registry.js";
import { type PackedRecords, unpackRecords } from "../src/datasets/load/packed.js";

/**
 * Every dataset of the registry, by a readable name (kebab case of the registry's name), and the generated
 * file that holds it; the chemical elements ride along.
 */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const FILES: Readonly<Record<string, string>> = Object.fromEntries([
  ...DATASETS.map((d) => [kebab(d.name), d.name]),
  ["elements", "elements"],
]);

type Rec = Record<string, unknown>;
type State = { label: string; data: Record<string, Rec[]> };

const root = join(import.meta.dirname, "..");
const git = (...args: string[]) =>
  execFileSync("git", ["-C", root, ...args], { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] });

function decode(text: string): Rec[] {
  const value = JSON.parse(text) as unknown;
  if (Array.isArray(value)) return value as Rec[];
  if (value !== null && typeof value === "object" && "rows" in value) return unpackRecords<Rec>(value as PackedRecords) as Rec[];
  throw new Error("a generated records file is neither an array nor packed records");
}

/** The data at a git revision, `none`, or (rev undefined) in the working tree. */
function stateAt(rev: string | undefined): State {
  const data: Record<string, Rec[]> = {};
  for (const [name, file] of Object.entries(FILES)) {
    const path = `src/datasets/generated/${file}.json`;
    if (rev === "none") data[name] = [];
    else if (rev === undefined) data[name] = existsSync(join(root, path)) ? decode(readFileSync(join(root, path), "utf8")) : [];
    else {
      let text: string | undefined;
      try {
        text = git("show", `${rev}:${path}`);
      } catch {
        text = undefined; // the dataset did not exist at that revision
      }
      data[name] = text === undefined ? [] : decode(text);
    }
  }
  const label = rev === undefined ? "the working tree" : rev === "none" ? "no data" : rev;
  return { label, data };
}

/** A record's identity within its dataset. */
function keyOf(dataset: string, r: Rec): string {
  if (dataset === "figures")
    return [r.vintage, r.table, r.country, r.mineral, r.measure, r.basis, r.form ?? "", r.year].map(String).join(" | ");
  if (dataset === "countries") return String(r.alpha2);
  if (dataset === "country-names") return String(r.country);
  if (dataset === "elements") return String(r.symbol);
  if (dataset === "coverage-gaps") return `${r.country} ${r.mineral}`;
  return String(r.id);
}

/** Records by key; a key met twice gets a running number, so nothing is lost. */
function byKey(dataset: string, records: readonly Rec[]): Map<string, Rec> {
  const out = new Map<string, Rec>();
  for (const r of records) {
    const k = keyOf(dataset, r);
    let key = k;
    for (let i = 2; out.has(key); i++) key = `${k} #${i}`;
    out.set(key, r);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const number = (v: unknown) => (typeof v === "number" ? v.toLocaleString("en-US") : v === null ? "null" : String(v));
const figureValue = (r: Rec) => `${number(r.value)} ${r.unit}${r.status !== "reported" ? ` (${r.status})` : ""}`;
const figureWhat = (r: Rec) => `${r.country} ${r.mineral} ${r.measure}${r.form ? ` (${r.form})` : ""} ${r.year}`;
const edition = (vintage: unknown) => String(vintage).replace(/^usgs-mcs-(\d{4})$/, "MCS $1");

/** The fields of a changed record that differ, by top-level name. */
const changedFields = (a: Rec, b: Rec) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k])).sort();

function list(items: readonly string[], max: number): string[] {
  const shown = items.slice(0, max).map((s) => `  - ${s}`);
  if (items.length > max) shown.push(`  - … and ${items.length - max} more`);
  return shown;
}

/** The Markdown section that lists the data changes from one state to another. */
export function dataChangelog(from: State, to: State, max = 25): string {
  const lines: string[] = [`### Data changes`, "", `Generated by scripts/data-changelog.ts: ${from.label} → ${to.label}.`, ""];
  lines.push("| dataset | records | added | removed | changed |", "| --- | ---: | ---: | ---: | ---: |");
  const details: string[] = [];
  for (const dataset of Object.keys(FILES)) {
    const a = byKey(dataset, from.data[dataset] ?? []);
    const b = byKey(dataset, to.data[dataset] ?? []);
    const added = [...b.keys()].filter((k) => !a.has(k));
    const removed = [...a.keys()].filter((k) => !b.has(k));
    const changed = [...b.keys()].filter((k) => a.has(k) && !same(a.get(k), b.get(k)));
    if (added.length + removed.length + changed.length === 0) continue;
    lines.push(`| ${dataset} | ${b.size} | ${added.length} | ${removed.length} | ${changed.length} |`);
    if (dataset === "figures") {
      // Corrections: the same cell of the same edition now holds another value.
      const corrections = changed.flatMap((k) => {
        const [old, now] = [a.get(k) as Rec, b.get(k) as Rec];
        return same(old.value, now.value) && old.status === now.status && old.unit === now.unit
          ? []
          : [`${figureWhat(now)}, ${edition(now.vintage)}: ${figureValue(old)} → ${figureValue(now)}`];
      });
      // Revisions: a newly added edition prints another value for a year an older edition gave.
      const older = new Map<string, Rec>();
      for (const r of b.values()) {
        if (added.includes(keyOf(dataset, r))) continue;
        const k = [r.country, r.mineral, r.measure, r.basis, r.form ?? "", r.year, r.unit].join("|");
        const prev = older.get(k);
        if (prev === undefined || String(prev.vintage) < String(r.vintage)) older.set(k, r);
      }
      const revisions = added.flatMap((k) => {
        const now = b.get(k) as Rec;
        const prev = older.get([now.country, now.mineral, now.measure, now.basis, now.form ?? "", now.year, now.unit].join("|"));
        if (prev === undefined || same(prev.value, now.value)) return [];
        return [
          `${figureWhat(now)}: ${figureValue(prev)} (${edition(prev.vintage)}) → ${figureValue(now)} (${edition(now.vintage)})`,
        ];
      });
      const editions = new Map<string, number>();
      for (const k of added) {
        const v = edition(b.get(k)?.vintage);
        editions.set(v, (editions.get(v) ?? 0) + 1);
      }
      details.push(`- **figures**: added by edition: ${[...editions].map(([v, n]) => `${v} ${n}`).join(", ") || "none"}`);
      if (corrections.length > 0)
        details.push(`  - corrected values (old → new):`, ...list(corrections, max).map((s) => `  ${s}`));
      if (revisions.length > 0)
        details.push(`  - revised by a newer edition (old → new):`, ...list(revisions, max).map((s) => `  ${s}`));
      if (removed.length > 0) details.push(`  - removed:`, ...list(removed, max).map((s) => `  ${s}`));
      continue;
    }
    details.push(`- **${dataset}**`);
    if (added.length > 0)
      details.push(
        `  - added: ${added.length <= max ? added.join(", ") : `${added.slice(0, max).join(", ")} … and ${added.length - max} more`}`,
      );
    if (removed.length > 0) details.push(`  - removed: ${removed.join(", ")}`);
    for (const k of changed.slice(0, max))
      details.push(`  - changed ${k}: ${changedFields(a.get(k) as Rec, b.get(k) as Rec).join(", ")}`);
    if (changed.length > max) details.push(`  - … and ${changed.length - max} more changed`);
  }
  if (details.length === 0) return `${lines[0]}\n\nNone: ${from.label} and ${to.label} hold the same records.\n`;
  return `${[...lines, "", ...details].join("\n")}\n`;
}

/** Puts a section into CHANGELOG.md right under its first version heading. */
function insert(section: string) {
  const path = join(root, "CHANGELOG.md");
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n");
  const at = lines.findIndex((l) => /^## /.test(l));
  if (at < 0) throw new Error("CHANGELOG.md has no version heading: run `npx changeset version` first");
  lines.splice(at + 1, 0, "", section.trimEnd());
  writeFileSync(path, lines.join("\n"));
  console.log(`inserted the data changes under '${lines[at]}' in CHANGELOG.md`);
}

if (process.argv[1]?.endsWith("data-changelog.ts")) {
  const { values } = parseArgs({
    options: {
      from: { type: "string" },
      to: { type: "string" },
      baseline: { type: "string" },
      "write-baseline": { type: "string" },
      max: { type: "string" },
      insert: { type: "boolean" },
    },
  });
  if (values["write-baseline"] !== undefined) {
    const state = stateAt(undefined);
    const head = git("rev-parse", "--short", "HEAD").trim();
    writeFileSync(values["write-baseline"], `${JSON.stringify({ label: `baseline of ${head}`, data: state.data })}\n`);
    console.log(`wrote ${values["write-baseline"]}`);
  } else {
    let from: State;
    if (values.baseline !== undefined) from = JSON.parse(readFileSync(values.baseline, "utf8")) as State;
    else {
      let rev = values.from;
      if (rev === undefined) {
        try {
          rev = git("describe", "--tags", "--abbrev=0").trim();
        } catch {
          throw new Error("No release tag to compare with: pass --from <rev> (or --from none for the first release)");
        }
      }
      from = stateAt(rev);
    }
    const max = values.max === undefined ? 25 : Number(values.max);
    const section = dataChangelog(from, stateAt(values.to), max);
    if (values.insert) insert(section);
    else process.stdout.write(section);
  }
}
