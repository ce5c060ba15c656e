/**
 * The package version, read at run time from the package.json beside the
 * built command (`dist/cli.js` → `../package.json`; from source, two up).
 */
import { readFileSync } from 'node:fs';

export function readVersion(from: string | URL = import.meta.url): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(relative, from), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'cna-ingest' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // Try the next place.
    }
  }
  return 'unknown';
}
