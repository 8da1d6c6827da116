// The layering gates: no import cycles in src/ (a cycle makes load order matter and a module half-initialised), and
// the shared data is found in one place only (test/shared.ts, which honours YUSUAN_SHARED).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { cycles, importsOf, sourceFiles } from '../scripts/import-graph.ts';

test('src/ has no import cycles (type-only imports aside)', () => {
  const files = sourceFiles(['src'], (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
  assert.ok(files.length > 100);
  assert.deepEqual(
    cycles(files).map((g) => g.map((f) => relative(resolve('.'), f))),
    [],
  );
});

/** What each layer may not import: the core does no I/O; the store is below the import pipeline, both below the CLI and the portal. */
const FORBIDDEN: Record<string, string[]> = {
  model: ['read', 'extract', 'check', 'write', 'import', 'store', 'serve', 'cli'],
  read: ['extract', 'check', 'write', 'import', 'store', 'serve', 'cli'],
  extract: ['check', 'write', 'import', 'store', 'serve', 'cli'],
  check: ['write', 'import', 'store', 'serve', 'cli'],
  reference: ['read', 'extract', 'check', 'write', 'import', 'store', 'serve', 'cli'],
  write: ['import', 'store', 'serve', 'cli'],
  eval: ['import', 'store', 'serve', 'cli'],
  store: ['import', 'serve', 'cli'],
  import: ['serve', 'cli'],
  serve: ['cli'],
};
/** Known exceptions, to be removed: a re-export left where the import pipeline was, for callers from before the move. */
const KNOWN = ['src/store/importer.ts -> src/import/index.ts'];

test('layers import downwards only: the core imports no store, portal or CLI; the store no portal or CLI', () => {
  const src = resolve('src');
  const layer = (f: string) => relative(src, f).split('/')[0];
  const wrong: string[] = [];
  for (const f of sourceFiles(['src'], (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    for (const g of importsOf(f)) {
      if (g.startsWith(src + '/') && FORBIDDEN[layer(f)]?.includes(layer(g))) wrong.push(`${relative(resolve('.'), f)} -> ${relative(resolve('.'), g)}`);
    }
  }
  assert.deepEqual(wrong.sort(), KNOWN);
});

test('the import reader sees dynamic imports (by string or URL), the cycle finder a cycle through one; type-only imports do not count', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-imports-'));
  try {
    const [a, b, c] = ['a.ts', 'b.ts', 'c.ts'].map((f) => join(dir, f));
    writeFileSync(a, "import { b } from './b.ts';\nexport const a = 1;\n");
    writeFileSync(b, "export async function b() {\n  return (await import('./a.ts')).a;\n}\n");
    writeFileSync(c, "import type { b } from './b.ts';\nimport {\n  a,\n} from './a.ts';\n");
    const d = join(dir, 'd.ts');
    writeFileSync(d, "export const load = () => import(new URL('./c.ts', import.meta.url).href);\n");
    assert.deepEqual(importsOf(c), [a]);
    assert.deepEqual(importsOf(d), [c]);
    assert.deepEqual(cycles([a, b, c, d]), [[a, b].sort()]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('only test/shared.ts says where the shared data is', () => {
  const files = sourceFiles(['src', 'test', 'scripts', 'bench'], (n) => /\.(ts|mjs)$/.test(n)).filter(
    (f) => !f.endsWith('test/shared.ts') && f !== resolve('test/imports.test.ts'),
  );
  const offenders = files.filter((f) => /['"]\.\.\/shared['"]|['"]\.\.['"],\s*['"]shared['"]|YUSUAN_SHARED/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(
    offenders.map((f) => relative(resolve('.'), f)),
    ['scripts/run-tests.mjs'], // the runner decides the tiers before any test module (and test/shared.ts) loads
  );
});
