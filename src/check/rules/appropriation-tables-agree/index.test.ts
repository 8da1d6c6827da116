import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule } from '../../testing.ts';

const GENERAL_TOTAL = '合计                2,940.05   2,336.91    603.14';

test('appropriation-tables-agree: 009 (决算) and 012 (江苏 预算) agree', async () => {
  assert.deepEqual(await runTextRule(rule, '009.txt', corpusText('009')), []);
  assert.deepEqual(await runTextRule(rule, '012.txt', corpusText('012')), []);
});

test('appropriation-tables-agree: 009’s 一般公共预算财政拨款支出决算表 合计 altered breaks XT-05 and XT-04', async () => {
  const text = alter(corpusText('009'), GENERAL_TOTAL, GENERAL_TOTAL.replace('2,940.05', '2,950.05'));
  const f = await runTextRule(rule, '009.txt', text);
  assert.deepEqual(
    f.map((x) => [x.severity, x.message.slice(0, x.message.indexOf('：'))]),
    [
      ['error', '一般公共预算拨款支出（XT-04）'],
      ['error', '财政拨款支出合计（XT-05）'],
    ],
  );
  assert.ok(f.every((x) => x.evidence[0].line === 296 && x.evidence.some((e) => e.line === 331)));
  assert.equal(f[0].figures.difference, '-10.00');
});

test('appropriation-tables-agree: 012’s 财政拨款收支总表 一般公共预算 income altered breaks XT-08', async () => {
  const text = alter(corpusText('012'), '一、一般公共预算                       20,702.25', '一、一般公共预算                       20,072.25');
  const f = await runTextRule(rule, '012.txt', text);
  assert.equal(f.length, 1);
  assert.match(
    f[0].message,
    /^一般公共预算财政拨款收入（XT-08）：收支预算总表「一般公共预算」为20702\.25万元，财政拨款收支预算总表「一般公共预算」为20072\.25万元/,
  );
});

test('appropriation-tables-agree: 012’s 财政拨款支出预算表 合计 altered no longer equals the 财政拨款收支总表 支出合计', async () => {
  const TOTAL = '                                合计         20,702.25';
  const f = await runTextRule(rule, '012.txt', alter(corpusText('012'), TOTAL, TOTAL.replace('20,702.25', '20,720.25')));
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence.map((e) => e.line), x.figures.difference]),
    [['error', [459, 467], '-18.00']],
  );
  assert.match(f[0].message, /^财政拨款支出合计（XT-05）：财政拨款收支预算总表「支出合计」为20702\.25万元，财政拨款支出预算表「合计」为20720\.25万元/);
});
