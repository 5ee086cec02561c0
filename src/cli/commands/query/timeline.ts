// `c5-minerals query timeline [--country c] [--partnership p] [--from d] [--to d]`: events in date order.
import { type TimelineFilter, timeline } from "../../../queries/timeline.js";
import { UsageError } from "../../errors.js";
import type { QueryKind } from "./kind.js";

export const timelineKind: QueryKind = {
  name: "timeline",
  synopsis: "[--country c] [--partnership p] [--from d] [--to d]",
  summary: "events in date order",
  options: {
    country: { type: "string" },
    partnership: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
  },
  run({ rest, o, out }) {
    if (rest.length > 0) throw new UsageError("query timeline takes only options; see c5-minerals query --help");
    const filter: TimelineFilter = {};
    for (const key of ["country", "partnership", "from", "to"] as const) {
      const value = o.str(key);
      if (value !== undefined) filter[key] = value;
    }
    const found = timeline(filter);
    return out(
      found,
      found.map((e) => `${e.date}  ${e.name}${e.place?.city ? ` (${e.place.city})` : ""}`).join("\n") ||
        "No events of the dataset match these filters",
    );
  },
};
