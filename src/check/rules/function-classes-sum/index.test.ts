import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('function-classes-sum: the seed’s five classes add up to 447.01', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('function-classes-sum: a class altered in the seed breaks the sum', async () => {
  const f = mine((await checkText('seed.txt', alter(seedText(), '科学技术支出352.72万元', '科学技术支出362.72万元'))).findings);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].evidence[0].line, 46);
  assert.equal(f[0].figures.expected, '457.01');
});

test('function-classes-sum: 001’s 16 项 sum to 37,151.46 against 37,151.47: rounding, info', async () => {
  const { findings } = await checkText('001.txt', (await import('../../testing.ts')).corpusText('001'));
  const f = mine(findings);
  assert.ok(f.length >= 1 && f.every((x) => x.severity === 'info'));
});
