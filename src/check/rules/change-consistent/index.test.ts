import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { clone, runRule, seedModel } from '../../testing.ts';

function stated(change: string) {
  const d = clone(seedModel());
  d.threePublic.total = { ...d.threePublic.total!, prev: '5.30', prevStated: true, change };
  return d;
}

test('change-consistent: 4.30 against a stated 5.30 is −1.00, as stated', () => {
  assert.deepEqual(runRule(rule, stated('-1.00')), []);
});

test('change-consistent: a stated change that is not this − prev is an error', () => {
  const f = runRule(rule, stated('-2.00'));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].figures.expected, '-1.00');
  assert.equal(f[0].evidence[0].line, 54);
});
