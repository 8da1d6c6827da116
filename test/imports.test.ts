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

test('the cycle finder finds a cycle through a dynamic import and ignores a type-only one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-imports-'));
  try {
    const [a, b, c] = ['a.ts', 'b.ts', 'c.ts'].map((f) => join(dir, f));
    writeFileSync(a, "import { b } from './b.ts';\nexport const a = 1;\n");
    writeFileSync(b, "export async function b() {\n  return (await import('./a.ts')).a;\n}\n");
    writeFileSync(c, "import type { b } from './b.ts';\nimport {\n  a,\n} from './a.ts';\n");
    assert.deepEqual(importsOf(c), [a]);
    assert.deepEqual(cycles([a, b, c]), [[a, b].sort()]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('only test/shared.ts says where the shared data is', () => {
  const files = sourceFiles(['src', 'test', 'scripts', 'bench'], (n) => /\.(ts|mjs)$/.test(n)).filter((f) => !f.endsWith('test/shared.ts') && f !== resolve('test/imports.test.ts'));
  const offenders = files.filter((f) => /['"]\.\.\/shared['"]|['"]\.\.['"],\s*['"]shared['"]|YUSUAN_SHARED/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(
    offenders.map((f) => relative(resolve('.'), f)),
    ['scripts/run-tests.mjs'], // the runner decides the tiers before any test module (and test/shared.ts) loads
  );
});
