import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule } from '../../testing.ts';

const FOOTER = '人员经费合计          4884.09       公用经费合计                480.66';

test('basic-tables-agree: 010 (决算, footer 人员经费合计 + 公用经费合计), 001 (上海 预算) and 012 (江苏) agree', async () => {
  for (const id of ['010', '001', '012']) assert.deepEqual(await runTextRule(rule, `${id}.txt`, corpusText(id)), [], id);
});

test('basic-tables-agree: 011’s 基本支出 105.58 vs 人员经费合计 95.36 + 公用经费合计 10.23 (real, rounding)', async () => {
  const f = await runTextRule(rule, '011.txt', corpusText('011'));
  assert.deepEqual(
    f.map((x) => [x.severity, x.figures.actual, x.figures.expected]),
    [['warning', '105.58', '105.59']],
  );
});

test('basic-tables-agree: 010’s 人员经费合计 altered no longer adds up to the 一般公共预算 基本支出', async () => {
  const f = await runTextRule(rule, '010.txt', alter(corpusText('010'), FOOTER, FOOTER.replace('4884.09', '4894.09')));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(
    f[0].message,
    /^一般公共预算基本支出（XT-06）：一般公共预算财政拨款支出决算表「合计」（基本支出）为5364\.75万元，一般公共预算财政拨款基本支出决算表「人员经费合计＋公用经费合计」为5374\.75万元/,
  );
  assert.deepEqual(
    f[0].evidence.map((e) => e.line),
    [459, 533, 533],
  );
});

test('basic-tables-agree: 012’s 财政拨款收支总表 基本支出 altered no longer equals the 财政拨款基本支出预算表', async () => {
  const text = alter(corpusText('012'), '一、基本支出                         9,964.07', '一、基本支出                         9,964.70');
  const f = await runTextRule(rule, '012.txt', text);
  assert.deepEqual(
    f.map((x) => [x.severity, x.figures.difference]),
    [['error', '0.63']],
  );
});

test('basic-tables-agree: 012’s 财政拨款基本支出预算表 合计 altered differs from the 财政拨款收支总表 and (no 政府性基金) the 一般公共预算基本支出预算表', async () => {
  const TOTAL = '                                 合计         9,964.07';
  const f = await runTextRule(rule, '012.txt', alter(corpusText('012'), TOTAL, TOTAL.replace('9,964.07', '9,946.07')));
  assert.deepEqual(
    f.map((x) => [x.severity, x.message.slice(0, x.message.indexOf('：')), x.evidence.map((e) => e.line)]),
    [
      ['error', '财政拨款基本支出（XT-06）', [447, 518]],
      ['error', '财政拨款（全部为一般公共预算）基本支出（XT-06）', [518, 675]],
    ],
  );
});
