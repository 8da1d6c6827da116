import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { clone, runRule, seedModel } from '../../testing.ts';

test('balanced-change: seed income and expenditure both fall by 2544.50', () => {
  assert.deepEqual(runRule(rule, seedModel()), []);
});

test('balanced-change: equal totals with different changes (001: +24,558.18 vs +24,491.71)', () => {
  const d = clone(seedModel());
  d.income.total = { ...d.income.total!, change: '-2477.03' };
  const f = runRule(rule, d);
  assert.equal(f.length, 1);
  assert.deepEqual(
    f[0].evidence.map((e) => e.line),
    [45, 46],
  );
});
