/**
 * The README's tables of warning and rejection codes, generated from
 * `warningCodes` and `rejectionCodes` so they cannot drift apart.
 *
 *   node --import tsx scripts/codes-table.ts           # print the tables
 *   node --import tsx scripts/codes-table.ts --write   # rewrite them in README.md
 *
 * `test/readme-codes.test.ts` fails when README.md is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rejectionCodes } from '../src/errors.js';
import { warningCodes } from '../src/warnings.js';

/** The blocks of README.md that this script owns, between `<!-- codes:NAME -->` and `<!-- /codes:NAME -->`. */
export const codeTables: Readonly<Record<string, string>> = {
  warnings: table(warningCodes),
  rejections: table(rejectionCodes),
};

/** A Markdown table of `code | meaning`, in declaration order. */
function table(codes: Readonly<Record<string, string>>): string {
  const rows = Object.entries(codes).map(([code, meaning]) => `| \`${code}\` | ${meaning.replaceAll('|', '\\|')} |`);
  return ['| code | meaning |', '|---|---|', ...rows].join('\n');
}

/** `readme` with every code block replaced by the generated table; throws when a marker is missing. */
export function renderReadme(readme: string): string {
  let text = readme;
  for (const [name, content] of Object.entries(codeTables)) {
    const open = `<!-- codes:${name} -->`;
    const close = `<!-- /codes:${name} -->`;
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start === -1 || end < start) throw new Error(`README.md has no ${open} … ${close} block`);
    text = `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`;
  }
  return text;
}

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--write')) {
    writeFileSync(readmePath, renderReadme(readFileSync(readmePath, 'utf8')));
  } else {
    for (const [name, content] of Object.entries(codeTables)) process.stdout.write(`<!-- codes:${name} -->\n${content}\n\n`);
  }
}
