import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('three-public-sum: seed 0 + 0 + 3.00 + 1.30 = 4.30', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('three-public-sum: a reception figure altered in the seed breaks the total', async () => {
  const f = mine((await checkText('seed.txt', alter(seedText(), '公务接待费1.30万元', '公务接待费1.80万元'))).findings);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].evidence[0].line, 54);
  assert.equal(f[0].figures.expected, '4.80');
});
