import { excerpt } from "../../core/excerpt.js";
import { getMineral } from "../../datasets/minerals.js";
import { Basis, Unit } from "../../schemas/figure.js";
import { type ImportOptions, importUsgsCsv } from "../../usgs/import.js";
import { type Command, help, json, maxBytesOf, parse } from "../command.js";
import { InputError, UsageError } from "../errors.js";
import { DEFAULT_MAX_BYTES, inputOf, readBytes } from "../read.js";
import { summaryOf } from "../summaries.js";
export const importUsgsCommand: Command = {
  name: "import-usgs",
  summary: summaryOf("import-usgs"),
  usage: `Usage: c5-minerals import-usgs <csv> --mineral <id> [options]

<csv> is - for standard input; with no <csv>, a pipe or a redirected standard input is read.

Reads a USGS Mineral Commodity Summaries data-release CSV (wide 2022-2025 or long 2026 layout) and
prints the figures it could read as JSON. Every cell it cannot interpret is listed on standard error;
the exit code is then 1.

Options:
  --mineral <id>      the mineral the file is about (required)
  --vintage <id>      edition id (default from the Source column, e.g. usgs-mcs-2024)
  --source <id>       source id to cite (default <vintage>-data-release)
  --basis <b>         basis when the file does not say (${Basis.options.join(", ")})
  --unit <abbr=unit>  read a header unit abbreviation as a unit, e.g. mt=Mt (repeatable)
  --max-bytes <n>     refuse files larger than this (default ${DEFAULT_MAX_BYTES})
  -h, --help          show this help`,
  run(args) {
    const o = parse(args, {
      mineral: { type: "string" },
      vintage: { type: "string" },
      source: { type: "string" },
      basis: { type: "string" },
      unit: { type: "string", multiple: true },
      "max-bytes": { type: "string" },
    });
    if (o.flag("help")) return help(this);
    const file = inputOf(o.positionals);
    if (file === undefined || o.positionals.length > 1)
      throw new UsageError("import-usgs takes exactly one CSV file (- for standard input)");
    const name = file === "-" ? "standard input" : excerpt(file);
    const mineral = o.str("mineral");
    if (mineral === undefined) throw new UsageError("import-usgs needs --mineral <id>");
    const mineralId = getMineral(mineral)?.id;
    if (mineralId === undefined) throw new UsageError(`--mineral: no mineral matches '${excerpt(mineral)}'`);
    const basis = o.str("basis");
    if (basis !== undefined && !Basis.safeParse(basis).success)
      throw new UsageError(`--basis is one of ${Basis.options.join(", ")}`);
    const units: Record<string, Unit> = Object.create(null);
    for (const pair of o.all("unit")) {
      const [abbr, unit, ...more] = pair.split("=");
      if (abbr === undefined || abbr === "" || unit === undefined || more.length > 0 || !Unit.safeParse(unit).success)
        throw new UsageError(`--unit takes abbr=unit with unit one of ${Unit.options.join(", ")}; got '${excerpt(pair)}'`);
      units[abbr] = unit as Unit;
    }
    const bytes = readBytes(file, maxBytesOf(o));
    let result: ReturnType<typeof importUsgsCsv>;
    try {
      const options: ImportOptions = { mineral: mineralId, units };
      const vintage = o.str("vintage");
      const source = o.str("source");
      if (vintage !== undefined) options.vintage = vintage;
      if (source !== undefined) options.source = source;
      if (basis !== undefined) options.basis = basis as Basis;
      result = importUsgsCsv(bytes, options);
    } catch (error) {
      throw new InputError(`${name}: ${excerpt((error as Error).message)}`);
    }
    const problems = result.problems.map(
      (p) =>
        `${name} line ${p.line}${p.column ? `, ${excerpt(p.column)}` : ""}${p.value !== undefined ? ` (${excerpt(JSON.stringify(p.value))})` : ""}: ${excerpt(p.reason, 400)}`,
    );
    return {
      stdout: json(o.flag("json") ? result : result.figures),
      ...(problems.length ? { stderr: `${problems.length} cell(s) not interpreted:\n${problems.join("\n")}\n` } : {}),
      code: problems.length ? 1 : 0,
    };
  },
};
