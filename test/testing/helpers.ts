/** A throw-away fixtures folder built from the project's own golden cases. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const fixtures = fileURLToPath(new URL('../../fixtures', import.meta.url));

/** Copy `post.md` of the named golden cases into a new temp folder (no expected files). */
export function tempFixtures(cases: readonly string[]): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cna-fixtures-'));
  for (const name of cases) cpSync(join(fixtures, name, 'post.md'), join(dir, name, 'post.md'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** In a test file: a `setup(cases)` that makes a temp fixtures folder, removed after each test. */
export function useTempFixtures(): (cases: readonly string[]) => string {
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    cleanup?.();
    cleanup = undefined;
  });
  return (cases) => {
    const temp = tempFixtures(cases);
    cleanup = temp.remove;
    return temp.dir;
  };
}
