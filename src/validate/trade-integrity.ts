import type { DeepReadonly } from "../datasets/freeze.js";
import type { HsCode } from "../schemas/hs-code.js";
import type { Mineral } from "../schemas/mineral.js";
import type { Source } from "../schemas/source.js";
import type { IntegrityIssue } from "./integrity.js";
import { issueRecorder } from "./issue-recorder.js";

/**
 * Checks the HS crosswalk against the other collections: each code appears once, every mineral and
 * source exists, and every mineral of the vocabulary has at least one code unless `uncoded` names it.
 *
 * @category Validation
 * @example
 * ```ts
 * import { checkHsCodes } from "c5-minerals/validate";
 * checkHsCodes([], { sources: [], minerals: [] }); // []
 * ```
 */
export function checkHsCodes(
  codes: readonly DeepReadonly<HsCode>[],
  against: { sources: readonly DeepReadonly<Source>[]; minerals: readonly DeepReadonly<Mineral>[] },
): IntegrityIssue[] {
  if (!Array.isArray(codes as unknown)) throw new TypeError("codes must be an array of HsCode records");
  if (typeof against !== "object" || against === null) throw new TypeError("against must be an object");
  if (!Array.isArray(against.sources) || !Array.isArray(against.minerals))
    throw new TypeError("against.sources and against.minerals must be arrays");
  const r = issueRecorder();
  const sources = new Set(against.sources.map((s) => s.id));
  const minerals = new Set(against.minerals.map((m) => m.id));
  r.ids("hsCodes", codes, (c) => c.code);
  const covered = new Set<string>();
  codes.forEach((c, i) => {
    r.ref(sources, "source", `hsCodes[${i}].source`, c.source);
    c.minerals.forEach((m, j) => {
      r.ref(minerals, "mineral", `hsCodes[${i}].minerals[${j}].mineral`, m.mineral);
      covered.add(m.mineral);
    });
  });
  if (codes.length > 0) {
    for (const m of against.minerals) {
      if (!covered.has(m.id)) r.add(`minerals.${m.id}`, `Mineral '${m.id}' has no HS code in the crosswalk`);
    }
  }
  return r.issues;
}
