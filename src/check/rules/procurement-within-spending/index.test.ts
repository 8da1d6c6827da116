import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('procurement-within-spending: the seed’s 政府采购 5.00 of 447.01 passes', async () => {
  const { disclosure, findings } = await checkText('seed.txt', seedText());
  assert.equal(disclosure.procurement.total?.value, '5.00');
  assert.deepEqual(mine(findings), []);
});

test('procurement-within-spending: 政府采购 stated in 元 as if 万元 (50000) exceeds all spending', async () => {
  const text = alter(
    alter(seedText(), '政府采购预算总额5.00万元', '政府采购预算总额50000.00万元'),
    '政府采购货物预算5.00万元；',
    '政府采购货物预算50000.00万元；',
  );
  const f = mine((await checkText('seed.txt', text)).findings);
  assert.deepEqual(
    f.map((x) => x.severity),
    ['error'],
  );
});
