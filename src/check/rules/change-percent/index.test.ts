import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText, runTextRule } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('change-percent: 007 职业年金 77.99 → 91.97 is +17.93%, not the 17.66% copied from item 8', async () => {
  const f = mine((await checkText('007.txt', corpusText('007'))).findings).filter((x) => x.evidence.some((e) => e.line === 123));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].figures.expected, '17.93');
});

test('change-percent: corrected to 17.93% it passes', async () => {
  const f = mine((await checkText('007.txt', alter(corpusText('007'), '增加17.66%', '增加17.93%', 1))).findings);
  assert.ok(!f.some((x) => x.evidence.some((e) => e.line === 123)));
});

test('change-percent: a last-digit slip is a warning, a difference within rounding info (007 −2.21%)', async () => {
  const f = mine((await checkText('007.txt', corpusText('007'))).findings);
  assert.equal(f.find((x) => x.evidence.some((e) => e.line === 117))?.severity, 'info');
});

test('change-percent: a change over a previous year stated in brackets (021: 498.72 on 8,648.07 = 5.77%) recomputes', async () => {
  const ok = mine((await checkText('021.txt', corpusText('021'))).findings).filter((f) => /8648\.07/.test(f.message));
  assert.deepEqual(ok, []);
  const bad = alter(corpusText('021'), '增长 5.77%', '增长 8.77%');
  const f = mine((await checkText('021.txt', bad)).findings).filter((x) => /8648\.07/.test(x.message));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
});

test('change-percent: a previous year stated in a table beside the sentence (105: 2015年 2840, 2016年 2364)', async () => {
  assert.ok(!(await runTextRule(rule, '105.txt', corpusText('105'))).some((f) => f.evidence[0].line === 1 && f.severity !== 'info'));
  const f = await runTextRule(rule, '105.txt', alter(corpusText('105'), '比上年决算数下降16.77 %', '比上年决算数下降19.77 %'));
  assert.deepEqual(
    f.filter((x) => x.evidence[0].line === 1 && x.severity !== 'info').map((x) => [x.severity, x.figures?.expected]),
    [['error', '16.76']],
  );
});
