import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    countries: "src/countries.ts",
    minerals: "src/minerals.ts",
    lists: "src/lists.ts",
    figures: "src/figures.ts",
    partnerships: "src/partnerships.ts",
    corridors: "src/corridors.ts",
    sources: "src/sources.ts",
    schemas: "src/schemas/index.ts",
    validate: "src/validate/index.ts",
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
});
