/**
 * The import graph of the repository's own TypeScript files, read statically (relative specifiers only; packages and
 * `node:` modules are leaves). Used by the test runner to put a test in its tier (scripts/run-tests.mjs) and by the
 * test that the source has no import cycles (test/imports.test.ts).
 *
 * `import type` and `export type` lines are left out: they are erased before the code runs and cannot form a
 * cycle at run time or load the shared data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const STATIC = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
/** `import(new URL('../check/index.ts', import.meta.url).href)`: a dynamic import by URL is an import too. */
const BY_URL = /\bimport\(\s*new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

/** The files a module imports (absolute paths of the relative specifiers), statically and by `import('…')`. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const out = new Set<string>();
  for (const re of [STATIC, DYNAMIC, BY_URL]) {
    for (const m of text.matchAll(re)) if (m[1].startsWith('.')) out.add(resolve(dirname(file), m[1]));
  }
  return [...out];
}

/** Every TypeScript file under the folders (node_modules and dot-folders left out), sorted. */
export function sourceFiles(dirs: string[], test: (name: string) => boolean = (n) => n.endsWith('.ts')): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (test(name)) out.push(resolve(p));
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}

/** The files a module reaches through its imports, itself included. */
export function reachable(file: string, cache = new Map<string, string[]>()): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(file)];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    let next = cache.get(f);
    if (!next) {
      try {
        next = importsOf(f);
      } catch {
        next = []; // a specifier that names no file: the loader reports it
      }
      cache.set(f, next);
    }
    stack.push(...next);
  }
  return seen;
}

/** The import cycles among the files: each strongly connected group of more than one file (Tarjan), or a self-import. */
export function cycles(files: string[]): string[][] {
  const inside = new Set(files);
  const edges = new Map(files.map((f) => [f, importsOf(f).filter((g) => inside.has(g))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let n = 0;
  const visit = (v: string) => {
    index.set(v, n);
    low.set(v, n++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || edges.get(v)!.includes(v)) found.push(group.sort());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}
