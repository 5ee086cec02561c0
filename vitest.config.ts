import { defineConfig } from "vitest/config";

// Two lanes. `unit` needs no build: run it alone with `npm run test:unit` (about a minute and a half on
// two cores). `package` tests what is published: the built dist/ (examples, module graph, sizes,
// consumers, the CLI binary) and the documentation site in Chromium; `npm test` builds first. In CI
// (CI=true) a package test whose prerequisite is missing fails instead of skipping
// (test/package/prerequisites.ts). Types are checked by `npm run typecheck` (tsc covers test/**/*.test-d.ts).
const PACKAGE_LANE = [
  "test/package/**/*.test.ts",
  "test/size/**/*.test.ts",
  "test/examples/**/*.test.ts",
  "test/browser/**/*.test.ts",
  "test/hardening/issue-15.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: PACKAGE_LANE } },
      { extends: true, test: { name: "package", include: PACKAGE_LANE } },
    ],
  },
});
