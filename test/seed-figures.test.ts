// Issue: `npx yusuan figures <seed> --json` gives every figure of the seed's figures file exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { parseTruth } from '../src/eval/figures.ts';
import { SEED, SEED_FIGURES } from './shared.ts';

const run = promisify(execFile);

test('yusuan figures --json on the seed gives every figure of its figures file exactly', async () => {
  const { stdout } = await run(process.execPath, ['bin/yusuan.mjs', 'figures', SEED, '--json']);
  const actual = JSON.parse(stdout) as Record<string, string | number>;
  const truth = parseTruth(await readFile(SEED_FIGURES, 'utf8'));
  assert.ok(truth.size > 40);
  for (const [key, expected] of truth) {
    assert.ok(key in actual, `missing ${key}`);
    const got = actual[key];
    if (typeof got === 'number') assert.equal(got, Number(expected), key);
    else assert.equal(got, expected, key);
  }
});

test('yusuan figures prints key<TAB>value lines with the decimals as stated', async () => {
  const { stdout } = await run(process.execPath, ['bin/yusuan.mjs', 'figures', SEED]);
  const lines = new Map(
    stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t') as [string, string]),
  );
  assert.equal(lines.get('income.total.change'), '-2544.50');
  assert.equal(lines.get('threePublic.total'), '4.30');
  assert.equal(lines.get('doc.unit'), '重庆市渝中区科学技术局');
});
