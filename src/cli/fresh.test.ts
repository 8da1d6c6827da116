import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error: a plain .mjs module without type declarations
import { builtIsFresh } from '../../bin/fresh.mjs';

test('bin runs dist/ only while it is newer than every source it was built from', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'yusuan-fresh-'));
  const url = pathToFileURL(root + '/');
  mkdirSync(path.join(root, 'src'));
  mkdirSync(path.join(root, 'dist'));
  writeFileSync(path.join(root, 'src/a.ts'), '');
  assert.equal(builtIsFresh(url), false, 'no build');
  const built = Date.now();
  writeFileSync(path.join(root, 'dist/inputs.json'), JSON.stringify({ built, inputs: ['src/a.ts'] }));
  utimesSync(path.join(root, 'src/a.ts'), new Date(built - 60_000), new Date(built - 60_000));
  assert.equal(builtIsFresh(url), true, 'built after the source');
  utimesSync(path.join(root, 'src/a.ts'), new Date(built + 60_000), new Date(built + 60_000));
  assert.equal(builtIsFresh(url), false, 'a source edited after the build');
  writeFileSync(path.join(root, 'dist/inputs.json'), JSON.stringify({ built, inputs: ['src/gone.ts'] }));
  assert.equal(builtIsFresh(url), false, 'a source removed');
});
