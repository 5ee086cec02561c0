import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      countries: "src/countries.ts",
      minerals: "src/minerals.ts",
      lists: "src/lists.ts",
      figures: "src/figures.ts",
      partnerships: "src/partnerships.ts",
      corridors: "src/corridors.ts",
      facilities: "src/facilities.ts",
      sources: "src/sources.ts",
      schemas: "src/schemas/index.ts",
      validate: "src/validate/index.ts",
      usgs: "src/usgs.ts",
    },
    format: ["esm"],
    target: "node20",
    platform: "neutral",
    dts: true,
    splitting: true,
    treeshake: true,
    clean: true,
    sourcemap: false,
    outDir: "dist",
  },
  {
    // The command-line tool: one file with a shebang; zod stays an import of the installed dependency.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: false,
    splitting: false,
    clean: false,
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
