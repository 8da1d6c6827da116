import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule } from '../../testing.ts';

const TOTAL = '合计             371,514,655.00   371,514,655.00';

test('tables-agree-totals: 001 (上海 预算, 元) and 012 (江苏 预算, 含结转) agree', async () => {
  assert.deepEqual(await runTextRule(rule, '001.txt', corpusText('001')), []);
  assert.deepEqual(await runTextRule(rule, '012.txt', corpusText('012')), []);
});

test('tables-agree-totals: 001’s 收入预算总表 合计 altered no longer equals the 收支总表 收入总计', async () => {
  const text = alter(corpusText('001'), TOTAL, TOTAL.replace('371,514,655.00   371,514,655.00', '371,514,755.00   371,514,755.00'));
  const f = await runTextRule(rule, '001.txt', text);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /收入总计.*37151\.4655.*收入预算总表「合计」.*37151\.4755/);
  assert.deepEqual(
    f[0].evidence.map((e) => e.line),
    [157, 196],
  );
  assert.equal(f[0].figures.difference, '-0.010000');
});

test('tables-agree-totals: 012’s 支出预算总表 基本支出 altered no longer equals the 收支总表 用途 一、基本支出', async () => {
  const text = alter(corpusText('012'), '20,849.45          9,964.07', '20,849.45          9,946.07');
  const f = await runTextRule(rule, '012.txt', text);
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence[0].line, x.evidence[1].line]),
    [['error', 340, 436]],
  );
  assert.match(f[0].message, /^基本支出：收支预算总表「基本支出」为9964\.07万元，支出预算总表（基本支出）为9946\.07万元，相差18\.00万元$/);
});
