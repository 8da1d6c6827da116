import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule } from '../../testing.ts';

const ECONOMIC = '30217                 公务接待费                     28.00'; // in the 一般公共预算基本支出预算表

test('three-public-economic: 012 (江苏), 008 (上海, 0.7315 ≤ 0.73 within rounding) and 010 (决算) hold', async () => {
  for (const id of ['012', '008', '010']) assert.deepEqual(await runTextRule(rule, `${id}.txt`, corpusText(id)), [], id);
});

test('three-public-economic: 012’s 30217 公务接待费 in its 一般公共预算基本支出预算表 above its 三公 公务接待费 (28.00) is a warning', async () => {
  const f = await runTextRule(rule, '012.txt', alter(corpusText('012'), ECONOMIC, ECONOMIC.replace('28.00', '35.00')));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /^一般公共预算基本支出预算表「公务接待费」35\.00万元，大于“三公”经费中的公务接待费28\.00万元/);
  assert.equal(f[0].evidence[0].row, '30217 公务接待费');
});
