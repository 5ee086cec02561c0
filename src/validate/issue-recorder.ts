import { excerpt } from "../core/excerpt.js";
/**
 * One broken integrity rule, with where it is (`figures[12].mineral`) and what is wrong.
 *
 * @category Validation
 */
export interface IntegrityIssue {
  /** Path of the offending value, e.g. `countries[3].profile.borders[1].country`. */
  path: string;
  /** What is wrong, for a person. */
  message: string;
}

/** What the integrity checks share: a list of issues and the helpers that add to it. */
export interface IssueRecorder {
  /** The issues found so far, in the order found. */
  issues: IntegrityIssue[];
  /** Records an issue at a path. */
  add(path: string, message: string): void;
  /** The ids of a collection (undefined when it is not given), recording each duplicate id as an issue. */
  ids<T>(name: string, records: readonly T[] | undefined, key: (r: T) => string): Set<string> | undefined;
  /** Records an issue when `value` is not among `known` ids (nothing when the collection is not given). */
  ref(known: Set<string> | undefined, what: string, path: string, value: string): void;
}

/** A fresh recorder for one integrity check. */
export function issueRecorder(): IssueRecorder {
  const issues: IntegrityIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const ids = <T>(name: string, records: readonly T[] | undefined, key: (r: T) => string): Set<string> | undefined => {
    if (records === undefined) return undefined;
    const seen = new Map<string, number>();
    records.forEach((r, i) => {
      const k = key(r);
      const first = seen.get(k);
      if (first !== undefined) add(`${name}[${i}]`, `Duplicate id '${excerpt(k)}' (first at ${name}[${first}])`);
      else seen.set(k, i);
    });
    return new Set(seen.keys());
  };
  const ref = (known: Set<string> | undefined, what: string, path: string, value: string): void => {
    if (known !== undefined && !known.has(value)) add(path, `Unknown ${what} '${excerpt(value)}'`);
  };
  return { issues, add, ids, ref };
}
