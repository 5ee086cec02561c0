// Suggestions for a mistyped word: the closest of the allowed words, for the errors of the resolvers and of
// the option guards ("did you mean ...?"). Below the guards, so that both floors can use it.

import { fold } from "./fold.js";

/**
 * Edit distance with transpositions (optimal string alignment: "rial" is one edit from "rail"), or
 * `limit + 1` once it is certainly larger than `limit`.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/**
 * The candidate closest to `input` (case, accents and punctuation ignored), when it is close enough to be
 * a likely typo: at most one edit in four characters, and at least one; or a candidate that starts with
 * the input (three characters or more). `undefined` when nothing is close.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const key = fold(input.slice(0, 200));
  if (key === "") return undefined;
  const limit = Math.max(1, Math.floor(key.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const d = distance(key, folded, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    } else if (best === undefined && key.length >= 3 && folded.startsWith(key)) best = candidate;
  }
  return best;
}
