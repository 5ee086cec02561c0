import { excerpt } from "../../core/excerpt.js";
import { corridorLegs, corridorNodes, corridors } from "../../datasets/corridors.js";
import { countries } from "../../datasets/countries.js";
import { companies, coverageGaps, facilities, projects } from "../../datasets/facilities.js";
import { figures, figureTables } from "../../datasets/figures.js";
import { criticalMineralLists, omittedLists } from "../../datasets/lists.js";
import { minerals } from "../../datasets/minerals.js";
import { events, partnerships } from "../../datasets/partnerships.js";
import { sources } from "../../datasets/sources.js";
import type { EntityName } from "../../validate/entities.js";
import { ENTITY_NAMES, isEntityName } from "../../validate/entities.js";
import { StreamValidator } from "../../validate/stream.js";
import { formatIssues, validateCollection } from "../../validate/validate.js";
import { type Command, help, json, maxBytesOf, type Outcome, type ParsedArgs, parse } from "../command.js";
import { InputError, UsageError } from "../errors.js";
import { DEFAULT_MAX_BYTES, formatOf, inputOf, nameOf, readBlocks, readRecords } from "../read.js";
import { summaryOf } from "../summaries.js";
export const validateCommand: Command = {
  name: "validate",
  summary: summaryOf("validate"),
  usage: `Usage: c5-minerals validate <file> --as <entity> [options]

Checks every record in <file> against the schema of <entity>. <file> is - for standard input; with
no <file>, a pipe or a redirected standard input is read (give --format then). Exit code 0 when every record is valid,
1 when any is not (each problem is printed with its path), 2 for a usage error.

Entities: ${ENTITY_NAMES.join(", ")}

Options:
  --as <entity>       the entity the records are (required)
  --format <f>        json, ndjson or csv (default: from the file extension)
  --integrity         also check the rules across records (unique ids, references that resolve against
                      the package's data, shares of at most 100 %), on every record that passes the
                      schema; says which records and checks were left out, and why
  --max-bytes <n>     refuse files larger than this (default ${DEFAULT_MAX_BYTES} for JSON and with
                      --integrity; NDJSON and CSV are otherwise read as streams, of any size)
  --json              print the result as JSON
  -h, --help          show this help

CSV files are flat: nested fields are dotted columns (coordinates.lat), lists are joined with |.
NDJSON and CSV are checked record by record as they are read, so memory stays bounded by the longest
record; each problem names its line. JSON files and --integrity (which needs every record at once) read
the whole file.`,
  run(args) {
    const o = parse(args, {
      as: { type: "string" },
      format: { type: "string" },
      integrity: { type: "boolean" },
      "max-bytes": { type: "string" },
    });
    if (o.flag("help")) return help(this);
    const file = inputOf(o.positionals);
    if (file === undefined || o.positionals.length > 1)
      throw new UsageError("validate takes exactly one file (- for standard input); see c5-minerals validate --help");
    const entity = o.str("as");
    if (entity === undefined) throw new UsageError(`validate needs --as <entity>, one of: ${ENTITY_NAMES.join(", ")}`);
    if (!isEntityName(entity))
      throw new UsageError(`Unknown entity '${excerpt(entity)}'. Use one of: ${ENTITY_NAMES.join(", ")}`);
    const format = formatOf(file, o.str("format"));
    const name = file === "-" ? "standard input" : excerpt(file);
    if (format !== "json" && !o.flag("integrity")) return streamed(file, name, format, entity, o);
    const maxBytes = maxBytesOf(o);
    const read = readRecords(file, format, entity, maxBytes);
    // every collection of the package, so that no reference check is skipped for want of one
    const against = {
      sources,
      countries,
      minerals,
      lists: criticalMineralLists,
      omittedLists,
      figureTables,
      figures,
      partnerships,
      events,
      nodes: corridorNodes,
      legs: corridorLegs,
      corridors,
      facilities,
      companies,
      projects,
      coverageGaps,
    };
    const result = validateCollection(entity, read.records, {
      integrity: o.flag("integrity") ? against : false,
      ...(read.single ? { label: entity } : {}),
    });
    if (!result.ok && read.single) for (const issue of result.issues) issue.path = issue.path.replace(`${entity}[0]`, entity);
    const lineOf = (record: number | undefined) =>
      record === undefined || read.lines === undefined ? undefined : read.lines[record];
    if (o.flag("json")) {
      const issues = result.ok
        ? []
        : result.issues.map((i) => ({ ...i, ...(lineOf(i.record) ? { line: lineOf(i.record) } : {}) }));
      return {
        stdout: json({
          valid: result.ok,
          records: read.records.length,
          issues,
          ...(result.integrity === undefined ? {} : { integrity: result.integrity }),
        }),
        code: result.ok ? 0 : 1,
      };
    }
    const skipped = (result.integrity?.skipped ?? []).map((x) => `not checked: ${x.check}: ${x.reason}\n`).join("");
    if (result.ok)
      return {
        stdout: `${name}: ${read.records.length} valid ${entity} record${read.records.length === 1 ? "" : "s"}\n`,
        ...(skipped === "" ? {} : { stderr: skipped }),
        code: 0,
      };
    const issues = result.issues.map((i) =>
      lineOf(i.record) === undefined ? i : { ...i, path: `line ${lineOf(i.record)}: ${i.path}` },
    );
    return {
      stdout: "",
      stderr: `${name}: ${result.issues.length} problem${result.issues.length === 1 ? "" : "s"} in ${read.records.length} record${read.records.length === 1 ? "" : "s"}\n${formatIssues(issues)}\n${skipped}`,
      code: 1,
    };
  },
};

/** Validates an NDJSON or CSV file as a stream: memory bounded by the longest record. */
function streamed(file: string, name: string, format: "ndjson" | "csv", entity: EntityName, o: ParsedArgs): Outcome {
  const validator = new StreamValidator(entity, { format });
  readBlocks(file, o.str("max-bytes") === undefined ? undefined : maxBytesOf(o), (block) => validator.push(block));
  const result = validator.end();
  if (result.records === 0 && result.ok)
    throw new InputError(format === "csv" ? `${nameOf(file)} holds a header but no records` : `${nameOf(file)} holds no records`);
  const count = result.issues.length + result.moreIssues;
  if (o.flag("json"))
    return {
      stdout: json({
        valid: result.ok,
        records: result.records,
        invalid: result.invalid,
        issues: result.issues,
        moreIssues: result.moreIssues,
      }),
      code: result.ok ? 0 : 1,
    };
  if (result.ok)
    return { stdout: `${name}: ${result.records} valid ${entity} record${result.records === 1 ? "" : "s"}\n`, code: 0 };
  const lines = formatIssues(result.issues.map((i) => ({ ...i, path: `line ${i.line}: ${i.path}` })));
  return {
    stdout: "",
    stderr: `${name}: ${count} problem${count === 1 ? "" : "s"} in ${result.records} record${result.records === 1 ? "" : "s"}\n${lines}${result.moreIssues > 0 ? `\n… and ${result.moreIssues} more not kept` : ""}\n`,
    code: 1,
  };
}
