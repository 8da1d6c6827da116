import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('percent-direction: 024 and the seed as published pass', async () => {
  assert.deepEqual(mine((await checkText('024.txt', corpusText('024'))).findings), []);
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('percent-direction: “增加161.96万元，下降了4.39%” contradicts itself', async () => {
  const text = alter(corpusText('024'), '本年比上年减少 161.96 万元', '本年比上年增加 161.96 万元');
  const f = mine((await checkText('024.txt', text)).findings);
  assert.equal(f.length, 1);
  assert.equal(f[0].evidence[0].line, 724);
});
