import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const entry = {
  index: "src/index.ts",
  countries: "src/countries.ts",
  minerals: "src/minerals.ts",
  lists: "src/lists.ts",
  figures: "src/figures.ts",
  partnerships: "src/partnerships.ts",
  corridors: "src/corridors.ts",
  facilities: "src/facilities.ts",
  sources: "src/sources.ts",
  trade: "src/trade.ts",
  schemas: "src/schemas/index.ts",
  validate: "src/validate/index.ts",
  usgs: "src/usgs.ts",
  baci: "src/baci/index.ts",
};

// Two builds share the datasets' JSON files (dist/records/<name>.json, copied by scripts/build-outputs.ts),
// so each dataset exists once in the package:
// - dist/*.js, for bundlers and browsers (the `module` and `default` conditions): the records are JSON
//   modules, which parse faster than the same data written as JavaScript;
// - dist/node/*.js, for Node (the `node` condition of the root and the dataset subpaths) and the CLI:
//   each dataset is read from its file the first time it is used (src/datasets/lazy.ts), so an import
//   costs only the code it loads.
const recordsAsJsonModules: Plugin = {
  name: "records-as-json-modules",
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) =>
      args.importer.includes("datasets/generated") ? { path: `./records/${basename(args.path)}`, external: true } : undefined,
    );
  },
};
const recordsReadOnFirstUse: Plugin = {
  name: "records-read-on-first-use",
  setup(build) {
    build.onResolve({ filter: /^\.\/generated\/\w+\.js$/ }, (args) => ({
      path: join(dirname(args.importer), "generated/node", basename(args.path).replace(/\.js$/, ".ts")),
    }));
  },
};

export default defineConfig([
  {
    entry,
    format: ["esm"],
    target: "node20",
    platform: "neutral",
    dts: true,
    splitting: true,
    treeshake: true,
    clean: false,
    sourcemap: false,
    outDir: "dist",
    esbuildPlugins: [recordsAsJsonModules],
  },
  {
    // Node: the root as one module (the data is read on first use, so all of the root's code is cheaper
    // than more modules to resolve). The dataset subpaths are one-line re-exports of it (written by
    // scripts/build-outputs.ts); ./schemas, ./validate and ./usgs use the main build under Node too.
    entry: { index: entry.index },
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: false,
    splitting: false,
    treeshake: true,
    clean: false,
    sourcemap: false,
    outDir: "dist/node",
    esbuildPlugins: [recordsReadOnFirstUse],
  },
  {
    // The command-line tool, with its commands as chunks loaded on demand (src/cli/bin.ts starts with
    // the shebang). It has code of its own but reads the same data files.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: false,
    splitting: true,
    treeshake: true,
    clean: false,
    sourcemap: false,
    outDir: "dist/node",
    define: { __VERSION__: JSON.stringify(version) },
    esbuildPlugins: [recordsReadOnFirstUse],
  },
]);
