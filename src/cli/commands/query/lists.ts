// `c5-minerals query lists <mineral>`: the critical-mineral lists that name a mineral.
import { requireMineral } from "../../../datasets/minerals.js";
import { listsNaming } from "../../../queries/lists.js";
import type { QueryKind } from "./kind.js";

export const listsKind: QueryKind = {
  name: "lists",
  synopsis: "<mineral-id|name>",
  summary: "the critical-mineral lists that name a mineral",
  options: {},
  run({ one, out }) {
    const id = requireMineral(one("mineral id or name"), "mineral").id;
    const found = listsNaming(id);
    return out(
      found.map((f) => ({ list: f.list.id, entry: f.entry })),
      found.length === 0
        ? `No list of the dataset names '${id}'`
        : found.map((f) => `${f.list.id} (${f.list.date}): ${f.entry}`).join("\n"),
    );
  },
};
