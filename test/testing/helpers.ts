/** A throw-away fixtures folder built from the project's own golden cases. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../../fixtures', import.meta.url));

/** Copy `post.md` of the named golden cases into a new temp folder (no expected files). */
export function tempFixtures(cases: readonly string[]): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cna-fixtures-'));
  for (const name of cases) cpSync(join(fixtures, name, 'post.md'), join(dir, name, 'post.md'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
