import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, clone, runRule, seedModel, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('change-parts-sum: seed −3.43 − 2541.07 = −2544.50 and 三公 0 + 0 − 1.00 + 0 = −1.00', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('change-parts-sum: a basic-expenditure change altered in the seed no longer adds up', async () => {
  const text = alter(seedText(), '其中：基本支出273.01万元，比2023年减少3.43万元', '其中：基本支出273.01万元，比2023年减少13.43万元');
  const f = mine((await checkText('seed.txt', text)).findings);
  assert.ok(f.some((x) => x.severity === 'error' && x.evidence[0].line === 49));
});

test('change-parts-sum: a 三公 item change altered in the seed', async () => {
  const text = alter(seedText(), '公务用车运行维护费3.00万元，比2023年减少1.00万元', '公务用车运行维护费3.00万元，比2023年减少2.00万元');
  const f = mine((await checkText('seed.txt', text)).findings);
  assert.ok(f.some((x) => x.severity === 'error' && x.message.includes('“三公”经费')));
});

test('change-parts-sum: an item without a stated change is an interval, not zero: a total change above its bound is found', () => {
  const d = clone(seedModel());
  // the seed: total −1.00 = 0 + 0 + (−1.00) + 0; the reception change unstated (value 1.30: its change is at most +1.30)
  delete d.threePublic.reception!.change;
  assert.deepEqual(runRule(rule, d), [], 'within the bound: nothing can be said');
  d.threePublic.total!.change = '1.50';
  const f = runRule(rule, d);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /上限0.30万元/);
});
