import { existsSync, statSync } from "node:fs";
import { type BaciImportOptions, importBaci } from "../../baci/import.js";
import { formatCsv } from "../../core/csv.js";
import type { TradeFlow } from "../../schemas/trade-flow.js";
import { type Command, help, json, parse } from "../command.js";
import { InputError, UsageError } from "../errors.js";
import { summaryOf } from "../summaries.js";

const COLUMNS = [
  "id",
  "reporter",
  "partner",
  "partnerLabel",
  "direction",
  "year",
  "hsCode",
  "mineral",
  "valueThousandUsd",
  "quantityT",
];

function row(f: TradeFlow): string[] {
  return [
    f.id,
    f.reporter,
    f.partner,
    f.partnerLabel ?? "",
    f.direction,
    String(f.year),
    f.hsCode ?? "",
    f.mineral ?? "",
    f.value === undefined ? "" : String(f.value.amount),
    f.quantity === undefined ? "NA" : String(f.quantity.amount),
  ];
}

export const importBaciCommand: Command = {
  name: "import-baci",
  summary: summaryOf("import-baci"),
  usage: `Usage: c5-minerals import-baci <BACI_HS22_Y<year>_V<release>.csv> [options]

Streams a yearly CEPII BACI file (header t,i,j,k,v,q) in bounded memory and keeps the flows from or to
the C5 under the package's HS crosswalk codes. Prints them as CSV (one row per flow and side), or with
--json as TradeFlow records with a summary. Every refused row is listed on standard error with its line;
the exit code is then 1.

Options:
  --codes <file>      BACI's country code table (country_codes_V<release>.csv); without it the numeric
                      codes are read as ISO 3166-1 numeric codes and BACI's own codes (842 USA) stay unnamed
  --country <code>    keep flows of this country instead of the C5 (repeatable)
  --hs <code>         keep only this HS six-digit code of the crosswalk (repeatable)
  --source <id>       source id the records cite (default cepii-baci)
  --edition <v>       BACI release, e.g. V202501 (default read from the file name)
  --json              print {flows, refused, refusedCount, rows, matched, unknownCountryCodes, years}
  -h, --help          show this help`,
  run(args) {
    const o = parse(args, {
      codes: { type: "string" },
      country: { type: "string", multiple: true },
      hs: { type: "string", multiple: true },
      source: { type: "string" },
      edition: { type: "string" },
    });
    if (o.flag("help")) return help(this);
    const file = o.positionals[0];
    if (file === undefined || o.positionals.length > 1) throw new UsageError("import-baci takes exactly one BACI CSV file");
    for (const f of [file, o.str("codes")]) {
      if (f !== undefined && (!existsSync(f) || !statSync(f).isFile())) throw new InputError(`${f}: no such file`);
    }
    const options: { -readonly [K in keyof BaciImportOptions]: BaciImportOptions[K] } = {};
    const codes = o.str("codes");
    if (codes !== undefined) options.countryCodes = codes;
    if (o.all("country").length > 0) options.countries = o.all("country");
    if (o.all("hs").length > 0) options.hsCodes = o.all("hs");
    const source = o.str("source");
    if (source !== undefined) options.source = source;
    const edition = o.str("edition");
    if (edition !== undefined) options.edition = edition;
    let result: ReturnType<typeof importBaci>;
    try {
      result = importBaci(file, options);
    } catch (error) {
      if (error instanceof RangeError && /^options\./.test(error.message)) throw new UsageError(error.message);
      throw new InputError(`${file}: ${(error as Error).message.replace(`${file}: `, "")}`);
    }
    const lines = result.refused.map((r) => `${file} line ${r.line}: ${r.reason}`);
    const more = result.refusedCount - result.refused.length;
    if (more > 0) lines.push(`… and ${more} more`);
    const unknown =
      result.unknownCountryCodes.length > 0
        ? `country code(s) not in the code table, kept as OTHER: ${result.unknownCountryCodes.join(", ")}\n`
        : "";
    const refusedText = lines.length ? `${result.refusedCount} row(s) refused:\n${lines.join("\n")}\n` : "";
    return {
      stdout: o.flag("json") ? json(result) : formatCsv([COLUMNS, ...result.flows.map(row)]),
      ...(refusedText || unknown ? { stderr: refusedText + unknown } : {}),
      code: result.refusedCount > 0 ? 1 : 0,
    };
  },
};
