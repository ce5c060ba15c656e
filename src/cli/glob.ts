/**
 * A small glob matcher for inputs the shell did not expand (quoted, or on
 * Windows): `*`, `**`, `?`, `[abc]` and `{a,b}`. Node 20 has no `fs.glob`.
 */

const magic = /[*?[{]/;

/** Whether an argument is a pattern rather than a path. */
export function isGlob(pattern: string): boolean {
  return magic.test(pattern);
}

/**
 * The folder to walk for a pattern: its leading segments without magic.
 * `posts/2020-*\/*.md` → `posts`; `*.md` → `.`.
 */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return '.';
  const base = fixed.join('/');
  return base === '' ? '/' : base;
}

/** Compile a pattern to a RegExp over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] as string;
    if (char === '*') {
      const doubled = pattern[i + 1] === '*';
      if (doubled && pattern[i + 2] === '/') {
        source += '(?:[^/]*/)*';
        i += 2;
      } else if (doubled) {
        source += '.*';
        i += 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else if (char === '{') {
      braces += 1;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (char === ',' && braces > 0) {
      source += '|';
    } else {
      source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 'u');
}
