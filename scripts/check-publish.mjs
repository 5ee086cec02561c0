// Reads the JSON of `npm publish --dry-run --json` and checks that the tarball holds every file the
// package.json's exports, bin and files name (wildcards: at least one match), and a version npm accepts.
// Usage: node scripts/check-publish.mjs <publish.json>   (run by .ci/run after the tests built dist/)
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2] ?? "", "utf8");
const start = text.indexOf("{");
const report = JSON.parse(text.slice(start));
const info = report["c5-minerals"] ?? report; // npm 11 keys the report by package name
const files = new Set(info.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const targets = new Set([...Object.values(pkg.bin ?? {}), "README.md", "LICENSE", "DATA-LICENSE.md", "CHANGELOG.md"]);
const walk = (v) => {
  if (typeof v === "string") targets.add(v);
  else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
};
walk(pkg.exports);
const missing = [];
for (const t of targets) {
  const path = t.replace(/^\.\//, "");
  if (path.includes("*")) {
    const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".+")}$`);
    if (![...files].some((f) => re.test(f))) missing.push(t);
  } else if (!files.has(path)) missing.push(t);
}
if (info.name !== pkg.name || info.version !== pkg.version) {
  console.error(`publish dry run: packed ${info.name}@${info.version}, package.json says ${pkg.name}@${pkg.version}`);
  process.exit(1);
}
if (missing.length > 0) {
  console.error(`publish dry run: the tarball lacks what package.json points at:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `publish dry run: ${info.name}@${info.version}, ${info.entryCount ?? files.size} files, ${info.size} bytes packed; every export, bin and listed file is in it`,
);
