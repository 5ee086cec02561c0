// The `lists` command: list families, their editions over time, differences between editions, whether a
// mineral was on a list on a date, and who calls a mineral critical now. Kept in its own module; commands.ts
// only registers it.
import { type criticalMineralLists, omittedLists } from "../../datasets/lists.js";
import { c5CriticalityNow } from "../../queries/c5-criticality.js";
import {
  changesIn,
  criticalNow,
  diffEditions,
  type EditionDiff,
  listFamilies,
  listHistory,
  wasOnList,
} from "../../queries/list-history.js";
import { type Command, json, type Outcome, parse } from "../command.js";
import { InputError, UsageError } from "../errors.js";
import { summaryOf } from "../summaries.js";

const USAGE = `Usage: c5-minerals lists <question> [arguments] [--json]

Questions:
  families                            the list families (one issuer's series of editions)
  history <family>                    every edition of a family with its dates, oldest first
  diff <from-list-id> <to-list-id>    entries added, removed and renamed between two editions
  on <family> <mineral-id> <date>     whether a mineral was on the family's list on a date (YYYY-MM-DD)
  changes <family> <year>             what a family's editions of a year changed, drafts included
  critical-now [mineral-id]           which jurisdictions' current lists name a mineral; without an id,
                                      every mineral the C5 produce
  omitted                             lists considered and left out, with the reason

Options:
  --json              print the answer as JSON
  -h, --help          show this help

Example: c5-minerals lists changes us-critical-minerals 2025`;

/** Runs a query, turning a RangeError or TypeError about the input into an InputError (exit code 1). */
function ask<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw new InputError(error.message);
    throw error;
  }
}

const names = (entries: readonly { name: string }[]) => (entries.length === 0 ? "none" : entries.map((e) => e.name).join(", "));
const diffText = (d: EditionDiff) =>
  [
    `  added (${d.added.length}): ${names(d.added)}`,
    `  removed (${d.removed.length}): ${names(d.removed)}`,
    `  renamed (${d.renamed.length}): ${d.renamed.length === 0 ? "none" : d.renamed.map((r) => `${r.from} -> ${r.to}${r.stated ? " (stated)" : ""}`).join(", ")}`,
  ].join("\n");
const dateText = (d: (typeof criticalMineralLists)[number]["dates"]) =>
  `proposed ${d.proposed ?? "-"}, adopted ${d.adopted ?? "-"}, published ${d.published ?? "-"}, in force ${d.inForce ?? "-"}, superseded ${d.superseded ?? "-"}`;

/** The `lists` command. */
export const listsCommand: Command = {
  name: "lists",
  summary: summaryOf("lists"),
  usage: USAGE,
  run(args): Outcome {
    const o = parse(args, {});
    const { positionals } = o;
    if (o.flag("help") || positionals.length === 0) return { stdout: `${USAGE}\n`, code: 0 };
    const [question, ...rest] = positionals;
    const out = (value: unknown, text: string): Outcome => ({
      stdout: o.flag("json") ? json(value) : `${text}\n`,
      code: 0,
    });
    const take = (count: number, what: string): string[] => {
      if (rest.length !== count) throw new UsageError(`lists ${question} takes ${what}; see c5-minerals lists --help`);
      return rest;
    };
    switch (question) {
      case "families": {
        take(0, "no arguments");
        const families = listFamilies();
        return out(
          families,
          families.map((f) => `${f}: ${listHistory(f).length} edition(s), ${listHistory(f)[0]?.jurisdiction}`).join("\n"),
        );
      }
      case "history": {
        const [family = ""] = take(1, "one family id");
        const editions = ask(() => listHistory(family));
        return out(
          editions,
          editions
            .map(
              (l) =>
                `${l.date} ${l.stage.padEnd(9)} ${l.id} (${l.statedCount} entries${l.supersedes ? `, supersedes ${l.supersedes}` : ""})\n  ${dateText(l.dates)}\n  ${l.legalReference}`,
            )
            .join("\n"),
        );
      }
      case "diff": {
        const [from = "", to = ""] = take(2, "two list ids");
        const d = ask(() => diffEditions(from, to));
        return out(d, `${d.from} -> ${d.to}\n${diffText(d)}`);
      }
      case "on": {
        const [family = "", mineral = "", date = ""] = take(3, "a family id, a mineral id and a date");
        const a = ask(() => wasOnList(family, mineral, date));
        const text =
          a.list === undefined
            ? `No ${family} list was in effect on ${date}`
            : `${a.listed ? "yes" : "no"}: ${a.list.id} was in effect on ${date}${a.listed ? ` (entry '${a.entry}')` : ""}${a.certain ? "" : "; uncertain: a date is known only to the month or year"}`;
        return out({ ...a, list: a.list?.id }, text);
      }
      case "changes": {
        const [family = "", yearText = ""] = take(2, "a family id and a year");
        if (!/^\d{4}$/.test(yearText)) throw new UsageError(`lists changes takes a year such as 2025, got '${yearText}'`);
        const rows = ask(() => changesIn(family, Number(yearText)));
        const text =
          rows.length === 0
            ? `No ${family} edition in ${yearText}`
            : rows
                .map((r) => {
                  const stated = r.stated
                    ? `  the issuer says: added ${r.stated.added?.join(", ") ?? "(not stated)"}; removed ${r.stated.removed?.join(", ") ?? "(not stated)"}`
                    : "  the issuer's statement of changes is not in the data";
                  return `${r.list.id} (${r.list.stage}, ${r.list.date}) against ${r.against ?? "nothing"}\n${stated}${r.computed ? `\n${diffText(r.computed)}` : ""}`;
                })
                .join("\n");
        return out(
          rows.map((r) => ({ ...r, list: r.list.id })),
          text,
        );
      }
      case "critical-now": {
        if (rest.length > 1) throw new UsageError("lists critical-now takes at most one mineral id");
        const [mineral] = rest;
        if (mineral !== undefined) {
          const rows = ask(() => criticalNow(mineral));
          const plain = rows.map((r) => ({
            jurisdiction: r.jurisdiction,
            lists: r.lists.map((x) => ({ list: x.list.id, entry: x.entry })),
          }));
          return out(
            plain,
            rows.length === 0
              ? `No current list names '${mineral}'`
              : plain.map((r) => `${r.jurisdiction}: ${r.lists.map((x) => `${x.list} ('${x.entry}')`).join(", ")}`).join("\n"),
          );
        }
        const rows = c5CriticalityNow().map((r) => ({
          mineral: r.mineral,
          producers: r.producers,
          listCount: r.listCount,
          jurisdictions: r.jurisdictions.map((j) => j.jurisdiction),
        }));
        return out(
          rows,
          rows
            .map((r) => `${r.mineral} (${r.producers.join(", ")}): ${r.listCount} list(s); ${r.jurisdictions.join(", ") || "-"}`)
            .join("\n"),
        );
      }
      case "omitted": {
        take(0, "no arguments");
        return out(omittedLists, omittedLists.map((o) => `${o.jurisdiction} ${o.id}: ${o.reason}. ${o.note}`).join("\n"));
      }
      default:
        throw new UsageError(`Unknown question '${question}'; see c5-minerals lists --help`);
    }
  },
};
