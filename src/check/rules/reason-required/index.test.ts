import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('reason-required: every change in the seed is explained (totals by their parts)', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('reason-required: the reason for the vehicle cut removed from the seed', async () => {
  const f = mine((await checkText('seed.txt', alter(seedText(), '，主要原因是厉行节约；', '；'))).findings);
  assert.ok(f.length >= 1);
  assert.ok(f.every((x) => x.evidence[0].line === 54 && x.severity === 'warning'));
  assert.ok(f.some((x) => x.path === 'threePublic.vehicleOperation'));
});
