import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkText, clone, corpusText, runRule } from '../../testing.ts';

test('vehicles-match-spending: 005 plans 1 vehicle with 25 万元 of purchase and runs its 7 vehicles', async () => {
  const { disclosure } = await checkText('005.txt', corpusText('005'));
  assert.equal(disclosure.assets.vehicles?.value, '7');
  assert.deepEqual(runRule(rule, disclosure), []);
});

test('vehicles-match-spending: no vehicle to buy but a purchase budget, no vehicle held but operation costs', async () => {
  const { disclosure } = await checkText('005.txt', corpusText('005'));
  const d = clone(disclosure);
  d.assets.vehiclesPurchase = { ...d.assets.vehiclesPurchase!, value: '0' };
  d.assets.vehicles = { ...d.assets.vehicles!, value: '0' };
  assert.deepEqual(
    runRule(rule, d).map((x) => x.path),
    ['threePublic.vehicleOperation', 'threePublic.vehiclePurchase'],
  );
});
