// `c5-minerals query list <list-id>`: one list's entries.
import { requireList } from "../../../datasets/lists.js";
import type { QueryKind } from "./kind.js";

export const listKind: QueryKind = {
  name: "list",
  synopsis: "<list-id>",
  summary: "a list's entries",
  options: {},
  run({ one, out }) {
    const l = requireList(one("list id"), "list");
    return out(
      l,
      [
        `${l.title} (${l.issuer}, ${l.date}, ${l.legalReference}): ${l.statedCount} entries`,
        ...l.entries.map((e) => `  ${e.name} -> ${e.minerals.join(", ")}`),
      ].join("\n"),
    );
  },
};
