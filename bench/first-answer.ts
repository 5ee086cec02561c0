// The first answer, as a user feels it: a whole Node process that imports the package (the root or one
// subpath) and asks it one question, against a process that imports world-countries and asks it the
// country question, in the same interleaved rounds. Datasets load on first use, so a bare import
// measures only code; this measures code plus the data the question needs.
//
// Used by bench/run.ts; also runs alone (`npm run bench:first-answer`, needs `npm run build`), then
// writes bench/results/first-answer.json and the "First answer" section of docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { importCase, project, removeProject, timeProcesses } from "./import-cost.js";

/** One question: the module it imports from and the code that asks it (it must print `true`). */
interface Question {
  label: string;
  specifier: string;
  ask: string;
  goal: number;
}

// Each question checks its own answer, so that a broken or empty answer fails the bench instead of
// timing nothing.
export const QUESTIONS: readonly Question[] = [
  { label: "root", specifier: "c5-minerals", ask: `m.getCountry("KZ").profile.capital.name === "Astana"`, goal: 0.6 },
  {
    label: "countries",
    specifier: "c5-minerals/countries",
    ask: `m.getCountry("KZ").profile.capital.name === "Astana"`,
    goal: 0.5,
  },
  { label: "minerals", specifier: "c5-minerals/minerals", ask: `m.getMineral("uranium")?.id === "uranium"`, goal: 0.5 },
  {
    label: "lists",
    specifier: "c5-minerals/lists",
    ask: `m.currentLists().some((l) => m.isOnList(l.id, "uranium"))`,
    goal: 0.5,
  },
  {
    label: "figures",
    specifier: "c5-minerals/figures",
    ask: `m.figures.filter((f) => f.country === "KZ" && f.mineral === "chromium" && f.measure === "mine-production").length > 0`,
    goal: 0.5,
  },
  {
    label: "partnerships",
    specifier: "c5-minerals/partnerships",
    ask: `m.membersAsOf("c5-plus-1", "2024-01-01").length >= 6`,
    goal: 0.5,
  },
  { label: "corridors", specifier: "c5-minerals/corridors", ask: `m.corridorsThrough("KZ").length > 0`, goal: 0.5 },
  { label: "facilities", specifier: "c5-minerals/facilities", ask: `m.getFacility("inkai").country === "KZ"`, goal: 0.5 },
  { label: "sources", specifier: "c5-minerals/sources", ask: `m.getSource("iso-codes-4-15-0") !== undefined`, goal: 0.5 },
];

const WORLD_COUNTRIES_ASK = `m.default.find((c) => c.cca2 === "KZ").capital[0] === "Astana"`;

/** A measured first answer. */
export interface FirstAnswer {
  label: string;
  question: string;
  /** What the import and the question add to an empty Node start, in ms (median). */
  addsMs: number;
  /** What world-countries' import and question add in the same rounds, in ms (median). */
  baselineMs: number;
  ratio: number;
  goal: number;
}

const check = (ask: string) => `if (!(${ask})) { console.error("wrong answer"); process.exit(3); }`;

/** Times every question against world-countries in `rounds` interleaved rounds of whole processes. */
export function firstAnswers(repo: string, rounds: number): FirstAnswer[] {
  const here = project(repo, 1, ["zod", "world-countries"]);
  try {
    const cases = [
      importCase("empty", here, undefined),
      importCase("world-countries", here, "world-countries", check(WORLD_COUNTRIES_ASK)),
      ...QUESTIONS.map((q) => importCase(q.label, here, q.specifier, check(q.ask))),
    ];
    const t = timeProcesses(cases, rounds);
    const ms = (label: string) => t.get(label)?.ms ?? Number.NaN;
    const baseline = ms("world-countries") - ms("empty");
    return QUESTIONS.map((q) => {
      const adds = ms(q.label) - ms("empty");
      return { label: q.label, question: q.ask, addsMs: adds, baselineMs: baseline, ratio: adds / baseline, goal: q.goal };
    });
  } finally {
    removeProject(here);
  }
}

/** The "First answer" section of docs/benchmarks.md. */
export function firstAnswerSection(answers: readonly FirstAnswer[], rounds: number): string {
  const rows = answers.map(
    (a) =>
      `| ${a.label === "root" ? "c5-minerals" : `c5-minerals/${a.label}`} | \`${a.question.replace(/\|/g, "\\|")}\` | ${a.ratio.toFixed(2)} (${a.addsMs.toFixed(1)} ms vs ${a.baselineMs.toFixed(1)} ms) | at most ${a.goal} | ${a.ratio <= a.goal ? "met" : "NOT met"} |`,
  );
  return `## First answer

What importing the package and answering one question adds to an empty Node start, divided by what
importing \`world-countries\` and finding Kazakhstan's capital in it adds, in the same ${rounds}
interleaved rounds of whole processes (medians), run on ${new Date().toISOString().slice(0, 10)}. Datasets load
on first use, so this counts the code and the data each question needs.

| import | question | cost vs world-countries | target | |
| --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
}

const START = "<!-- first-answer -->";
const END = "<!-- /first-answer -->";

/** Puts the section into the page between its markers (appended when the page has none). */
export function withFirstAnswer(page: string, section: string): string {
  const block = `${START}\n\n${section}\n${END}`;
  const at = page.indexOf(START);
  const end = page.indexOf(END);
  if (at !== -1 && end > at) return `${page.slice(0, at)}${block}${page.slice(end + END.length)}`;
  return `${page.trimEnd()}\n\n${block}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const repo = resolve(import.meta.dirname, "..");
  const rounds = Number(process.env.BENCH_ROUNDS ?? 25);
  const answers = firstAnswers(repo, rounds);
  for (const a of answers)
    console.log(
      `${a.ratio <= a.goal ? "met    " : "NOT MET"} first answer ${a.label.padEnd(13)} ${a.ratio.toFixed(2)} (${a.addsMs.toFixed(1)} ms vs ${a.baselineMs.toFixed(1)} ms; goal ${a.goal})`,
    );
  writeFileSync(
    join(repo, "bench/results/first-answer.json"),
    `${JSON.stringify({ date: new Date().toISOString(), rounds, answers }, null, 2)}\n`,
  );
  const page = join(repo, "docs/benchmarks.md");
  writeFileSync(page, withFirstAnswer(readFileSync(page, "utf8"), firstAnswerSection(answers, rounds)));
  const formatted = spawnSync(join(repo, "node_modules/.bin/biome"), ["format", "--write", page], {
    cwd: repo,
    encoding: "utf8",
  });
  if (formatted.status !== 0) throw new Error(`biome could not format ${page}: ${formatted.stderr}`);
  console.log("wrote bench/results/first-answer.json and the First answer section of docs/benchmarks.md");
}
