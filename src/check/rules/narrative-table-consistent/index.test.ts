import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText, runRule } from '../../testing.ts';

test('narrative-table-consistent: 007’s itemised 项 agree with its 一般公共预算支出表 (but 住房公积金 208.8 vs 201.50 is elsewhere)', async () => {
  const { disclosure } = await checkText('007.txt', corpusText('007'));
  assert.deepEqual(
    runRule(rule, disclosure).filter((x) => x.severity !== 'info'),
    [],
  );
});

test('narrative-table-consistent: 015 人大事务行政运行 10,528.33 in the text, 4,545.94 in the table; 007 altered', async () => {
  const f = runRule(rule, (await checkText('015.txt', corpusText('015'))).disclosure);
  assert.ok(f.some((x) => x.message.includes('10528.33') && x.message.includes('4545.94')));
  const text = alter(corpusText('007'), '普法宣传（05项）124.29万元', '普法宣传（05项）134.29万元');
  const g = runRule(rule, (await checkText('007.txt', text)).disclosure);
  assert.ok(
    g.some((x) => x.message.includes('134.29')),
    JSON.stringify(g.map((x) => x.message)),
  );
});

test('narrative-table-consistent: a 项 named without its final 支出 (019 职业年金缴费) is matched to its row', async () => {
  const { disclosure } = await checkText('019.txt', corpusText('019'));
  assert.deepEqual(
    runRule(rule, disclosure).filter((x) => x.message.includes('职业年金')),
    [],
  );
  const text = alter(corpusText('019'), '职业年金缴费（项）支出 418.37 万元', '职业年金缴费（项）支出 419.37 万元');
  const f = runRule(rule, (await checkText('019.txt', text)).disclosure);
  assert.deepEqual(
    f.filter((x) => x.message.includes('职业年金')).map((x) => x.severity),
    ['warning'],
  );
});
