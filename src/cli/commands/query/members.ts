// `c5-minerals query members <partnership> [--date YYYY-MM-DD]`: a partnership's members on a date.
import { requirePartnership } from "../../../datasets/partnerships.js";
import { membersAsOf } from "../../../queries/membership.js";
import type { QueryKind } from "./kind.js";

export const membersKind: QueryKind = {
  name: "members",
  synopsis: "<partnership-id|name> [--date YYYY-MM-DD]",
  summary: "members of a partnership on a date (default today)",
  options: { date: { type: "string" } },
  run({ one, o, out }) {
    const id = requirePartnership(one("partnership id or name"), "partnership").id;
    const date = o.str("date")?.trim() ?? new Date().toISOString().slice(0, 10);
    const found = membersAsOf(id, date);
    return out(found, `${id} on ${date}: ${found.map((m) => m.party).join(", ") || "no members"}`);
  },
};
