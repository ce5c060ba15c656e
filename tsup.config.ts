import { defineConfig } from 'tsup';

/**
 * Two builds into `dist/` (emptied first by `npm run build`; tsup runs the
 * two at once, so neither may clean):
 *
 * The library (`cna-ingest`, `/stages`, `/testing`): ESM and CommonJS with
 * types.
 * - `splitting`: the entries share one copy of the parser in chunks, so
 *   `cna-ingest`, `cna-ingest/stages` and `cna-ingest/testing` loaded together
 *   do not hold two `CnaPostError` classes (esbuild splits the CJS build too).
 * - Dependencies stay external. parse5 and hast-util-* are ESM-only; the CJS
 *   build `require()`s them, which Node loads natively from 20.19 on
 *   (require(esm), unflagged; `engines` says >=20.19). Bundling them
 *   (`noExternal`) would ship a second copy of parse5 inside our CJS files
 *   for no gain on supported Node versions.
 *
 * The command (`dist/cli.js`) and its worker (`dist/worker.js`): ESM only,
 * with the dependencies bundled, tree-shaken. Each process and each worker
 * thread loads the parser afresh, and loading it from `node_modules` took
 * ~350 ms, 190 of them for the whole of date-fns, which date-fns-tz imports
 * from its index; the bundle loads in ~100 ms. piscina stays external (it
 * starts its workers from its own files), and so does the optional
 * `better-sqlite3` (a native addon). The bundled CommonJS packages
 * (gray-matter and its helpers) call `require`, which ESM lacks: the banner
 * gives each file one.
 */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      stages: 'src/stages/index.ts',
      testing: 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    shims: true,
  },
  {
    entry: {
      cli: 'src/cli/bin.ts',
      worker: 'src/cli/worker.ts',
    },
    format: ['esm'],
    clean: false,
    // The bundle's map would hold the sources of every dependency (2.7 MB).
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    splitting: true,
    noExternal: [/^(?!piscina$|better-sqlite3$)/],
    banner: { js: "import { createRequire as __cnaIngestCreateRequire } from 'node:module'; const require = __cnaIngestCreateRequire(import.meta.url);" },
  },
]);
