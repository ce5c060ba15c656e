import { defineConfig } from 'tsup';

/**
 * ESM and CommonJS builds of the library entries and the CLI.
 *
 * - `splitting`: the entries share one copy of the parser in chunks, so
 *   `cna-ingest`, `cna-ingest/stages` and `cna-ingest/testing` loaded together
 *   do not hold two `CnaPostError` classes (esbuild splits the CJS build too).
 * - Dependencies stay external. parse5 and hast-util-* are ESM-only; the CJS
 *   build `require()`s them, which Node loads natively from 20.19 on
 *   (require(esm), unflagged; `engines` says >=20.19). Bundling them
 *   (`noExternal`) would ship a second copy of parse5 inside our CJS files
 *   for no gain on supported Node versions.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    stages: 'src/stages/index.ts',
    testing: 'src/testing/index.ts',
    cli: 'src/cli/bin.ts',
    worker: 'src/cli/worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', stages: 'src/stages/index.ts', testing: 'src/testing/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  shims: true,
});
