import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

export const hasGlob = (s: string): boolean => /[*?[{]/.test(s);

/** A glob pattern (*, **, ?, [abc], {a,b}) as a regular expression over '/'-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let inBrace = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') { re += '(?:'; inBrace++; }
    else if (c === '}' && inBrace) { re += ')'; inBrace--; }
    else if (c === ',' && inBrace) re += '|';
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, rel: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(join(dir, e.name), r, out);
    else if (e.isFile()) out.push(r);
  }
}

/** Files below `dir`, recursively (hidden entries skipped), as '/'-separated relative paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  walk(dir, '', out);
  return out.sort();
}

/** The files a glob pattern matches, sorted. */
export function expandGlob(pattern: string): string[] {
  const norm = pattern.split(sep).join('/');
  const parts = norm.split('/');
  const firstGlob = parts.findIndex(hasGlob);
  const baseParts = parts.slice(0, firstGlob);
  const base = baseParts.length ? baseParts.join('/') || '/' : '.';
  const re = globToRegExp(parts.slice(firstGlob).join('/'));
  return listFiles(base)
    .filter((rel) => re.test(rel))
    .map((rel) => (baseParts.length ? `${base === '/' ? '' : base}/${rel}` : rel));
}
