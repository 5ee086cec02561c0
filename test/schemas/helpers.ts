import type * as z from "zod";

/** Paths (dot-joined) of the issues a schema reports for a value; empty when it parses. */
export function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

/** A deep copy with one change applied, so each invalid case differs from the valid sample in one way. */
export function variant<T>(sample: T, change: (copy: T) => void): T {
  const copy = structuredClone(sample);
  change(copy);
  return copy;
}
