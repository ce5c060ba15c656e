#!/usr/bin/env bash
# Smoke test of the published package: `npm pack`, install the tarball into a
# fresh project (its only dependency), then on Node 20, 22 and 24:
#   (a) import it from ESM, (b) require() it from CommonJS, (d) run the bin
#   (--version, a post, schema);
# and (c) type-check a consumer under moduleResolution nodenext and bundler.
# Prints the tarball's unpacked size and the installed node_modules size.
# Packs with --ignore-scripts (the `prepare` build would print into `npm pack --json`);
# needs `npm run build` first and the npm registry (for the dependencies and
# for `npx -p node@22` and `node@24`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tsc="$root/node_modules/typescript/bin/tsc"
node22=(npx -y -p node@22 node)
node24=(npx -y -p node@24 node)
work="$(mktemp -d "${TMPDIR:-/tmp}/cna-ingest-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT

[ -f "$root/dist/index.js" ] || { echo "smoke-pack: run npm run build first" >&2; exit 1; }

echo "== pack"
pack_json="$(cd "$root" && npm pack --json --ignore-scripts --pack-destination "$work" 2>/dev/null)"
tarball="$work/$(node -e 'const [p] = JSON.parse(process.argv[1]); console.log(p.filename)' "$pack_json")"
unpacked="$(node -e 'const [p] = JSON.parse(process.argv[1]); console.log(`${p.entryCount} files, packed ${(p.size / 1024).toFixed(1)} KiB, unpacked ${(p.unpackedSize / 1024).toFixed(1)} KiB`)' "$pack_json")"
echo "$tarball: $unpacked"

echo "== install into a fresh project"
project="$work/project"
mkdir -p "$project"
cp "$root"/scripts/smoke/* "$project/"
mkdir -p "$project/fixtures"
cp -R "$root/fixtures/seed-2023-09-korea" "$root/fixtures/seed-2023-01-austin" "$project/fixtures/"
cd "$project"
printf '{ "name": "cna-ingest-smoke", "version": "0.0.0", "private": true }\n' > package.json
npm install --no-audit --no-fund --loglevel=error "$tarball"
version="$(node -p 'require("cna-ingest/package.json").version')"

run_on() { # run_on <label> <node command...>
  local label="$1"; shift
  echo "== $label: $("$@" --version)"
  "$@" esm.mjs
  "$@" cjs.cjs
  local out
  # Last line only: npx may print its own warnings first.
  out="$("$@" node_modules/.bin/cna-ingest --version 2>&1 | tail -n 1)"
  [ "$out" = "$version" ] || { echo "bin: --version printed '$out', expected $version" >&2; exit 1; }
  echo "bin ok: $out"
  "$@" node_modules/.bin/cna-ingest fixtures/seed-2023-09-korea/post.md --quiet | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const a=JSON.parse(s);if(a.id!=="202309150183")process.exit(1);console.log("bin parses a post: "+a.id)})'
  "$@" node_modules/.bin/cna-ingest schema | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);if(!j.required.includes("embeds"))process.exit(1);console.log("bin prints the schema: "+j.required.length+" required fields")})'
}
run_on "node 20" node
run_on "node 22" "${node22[@]}"
run_on "node 24" "${node24[@]}"

echo "== types: nodenext (ESM + CJS consumer) and bundler"
node "$tsc" -p tsconfig.nodenext.json
node "$tsc" -p tsconfig.bundler.json
echo "types ok (typescript $(node "$tsc" --version))"

echo "== size"
echo "tarball: $unpacked"
echo "installed: node_modules $(du -sk node_modules | cut -f1) KiB, $(npm ls --all --parseable 2>/dev/null | tail -n +2 | sort -u | wc -l | tr -d ' ') packages; cna-ingest itself $(du -sk node_modules/cna-ingest | cut -f1) KiB"
echo "largest:"; du -sk node_modules/* node_modules/@*/* 2>/dev/null | grep -v '/@[^/]*$' | sort -rn | head -n 5
