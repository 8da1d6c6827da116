import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkText, clone, runRule, seedModel, seedText } from '../../testing.ts';

test('shares-total: the seed states no shares; shares adding to 100 % (within rounding) pass', async () => {
  assert.deepEqual((await checkText('seed.txt', seedText())).findings.filter((f) => f.rule === rule.meta.id), []);
  const d = clone(seedModel());
  d.threePublic.reception!.share = '30.23';
  d.threePublic.vehicleOperation!.share = '69.78'; // 100.01: each share rounded, within 0.01
  assert.deepEqual(runRule(rule, d), []);
});

test('shares-total: a share that pushes the parts past 100 % is an error', () => {
  const d = clone(seedModel());
  d.threePublic.reception!.share = '30.23';
  d.threePublic.vehicleOperation!.share = '79.77';
  const f = runRule(rule, d);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /110(\.00)?%/);
  assert.equal(f[0].evidence[0].line, 54);
});
