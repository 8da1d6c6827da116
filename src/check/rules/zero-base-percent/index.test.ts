import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('zero-base-percent: 005 其他教育支出 “增加100.00%” from 0.00 is found', async () => {
  const f = mine((await checkText('005.txt', corpusText('005'))).findings);
  assert.ok(f.some((x) => x.evidence.some((e) => e.line === 104)));
});

test('zero-base-percent: with a non-zero previous year it passes', async () => {
  const text = alter(alter(corpusText('005'), '预算执行数为0.00', '预算执行数为20.00'), '比2023年预算执行数增加100.00%', '比2023年预算执行数增加25.00%');
  const f = mine((await checkText('005.txt', text)).findings);
  assert.ok(!f.some((x) => x.evidence.some((e) => e.line === 104)));
});

test('zero-base-percent: 0 → 0 with “增长0 %” is found once (107 上年结转)', async () => {
  const f = mine((await checkText('107.txt', corpusText('107'))).findings).filter((x) => x.evidence[0].line === 50);
  assert.deepEqual(
    f.map((x) => x.message),
    ['上年结转上年、本年均为0，增减百分比0%无意义'],
  );
});
