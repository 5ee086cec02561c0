import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe } from "vitest";

// The package lane tests what `npm run build` made. Run alone without a build, its suites are skipped and
// say why; in CI (CI=true, as .ci/run runs) a missing prerequisite is a failure, never a silent skip.

/** The repository's root. */
export const repo = resolve(import.meta.dirname, "../..");

/** `describe`, or, when `ready` is false, a suite that fails in CI and is skipped elsewhere, saying what is missing. */
export function describeWhen(ready: boolean, missing: string, name: string, body: () => void): void {
  if (ready) describe(name, body);
  else if (process.env.CI === "true")
    describe(name, () => {
      throw new Error(`${name}: ${missing} is missing in CI; the package lane needs it`);
    });
  else describe.skip(`${name} (skipped: ${missing} is missing; run npm run build)`, body);
}

/** Whether a built file exists under dist/. */
export const built = (path: string): boolean => existsSync(join(repo, "dist", path));
