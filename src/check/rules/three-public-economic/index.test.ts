import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule } from '../../testing.ts';

const ROW = '411.20              411.20      28.00     933.50';

test('three-public-economic: 012 (江苏), 008 (上海, 0.7315 ≤ 0.73 within rounding) and 010 (决算) hold', async () => {
  for (const id of ['012', '008', '010']) assert.deepEqual(await runTextRule(rule, `${id}.txt`, corpusText(id)), [], id);
});

test('three-public-economic: 012’s 三公 公务接待费 below the basic 30217 公务接待费 is a warning', async () => {
  const f = await runTextRule(rule, '012.txt', alter(corpusText('012'), ROW, ROW.replace('28.00', '20.00')));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /^一般公共预算基本支出预算表「公务接待费」28\.00万元，大于.*三公.*支出预算表（公务接待费）20\.00万元/);
  assert.deepEqual([f[0].evidence[0].row, f[0].evidence[1].column], ['30217 公务接待费', '公务接待费']);
});
