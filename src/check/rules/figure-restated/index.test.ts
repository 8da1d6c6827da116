import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { clone, runRule, seedModel } from '../../testing.ts';

function restated(value: string) {
  const d = clone(seedModel());
  d.income.total = { ...d.income.total!, restated: [{ value, evidence: { file: 'seed.txt', line: 46, text: '（二）支出预算：2024年年初预算数447.01万元' } }] };
  return d;
}

test('figure-restated: the same 447.01 stated twice passes', () => {
  assert.deepEqual(runRule(rule, restated('447.01')), []);
});

test('figure-restated: two different values for one figure are an error (005: 350.35 vs 352.67); 元 vs 万元 rounding is not', () => {
  const f = runRule(rule, restated('449.33'));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.deepEqual(
    f[0].evidence.map((e) => e.line),
    [45, 46],
  );
  assert.deepEqual(runRule(rule, restated('447.0149')), [], 'a 元 table value that rounds to the 万元 figure');
  assert.deepEqual(
    runRule(rule, restated('447.02')).map((x) => x.severity),
    ['info'],
  );
});
