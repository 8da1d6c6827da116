import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from './index.ts';
import { RuleMetaSchema } from '../model/schemas.ts';
import { GENERATED } from '../../scripts/generate.ts';

const RULES_DIR = path.resolve('src/check/rules');

test('every rule folder is in the catalogue, with its code and its tests; ids are unique and valid', () => {
  const folders = readdirSync(RULES_DIR).sort();
  const ids = RULES.map((r) => r.meta.id);
  assert.deepEqual([...ids].sort(), folders, 'RULES and src/check/rules/* differ');
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
  for (const r of RULES) {
    RuleMetaSchema.parse(r.meta);
    assert.ok(existsSync(path.join(RULES_DIR, r.meta.id, 'index.test.ts')), `${r.meta.id} has no index.test.ts`);
    assert.ok(r.meta.docs.length > 8 && r.meta.basis.length > 4, `${r.meta.id}: docs and basis are required`);
  }
});

test('generated files are up to date (run `npm run generate`)', () => {
  for (const [file, make] of Object.entries(GENERATED)) {
    const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : '';
    assert.ok(onDisk === make(), `${file} is stale: run \`npm run generate\``);
  }
});
