import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('direction-word-sign: 007 其他司法支出 “增加” from 43,269.3 to 3,845.49 is an error', async () => {
  const f = mine((await checkText('007.txt', corpusText('007'))).findings);
  assert.ok(f.some((x) => x.severity === 'error' && x.evidence[0].line === 114));
});

test('direction-word-sign: with the previous year corrected to 3,269.3 it passes', async () => {
  const f = mine((await checkText('007.txt', alter(corpusText('007'), '预算执行数为43269.3万元', '预算执行数为3269.3万元'))).findings);
  assert.ok(!f.some((x) => x.evidence[0].line === 114));
});
