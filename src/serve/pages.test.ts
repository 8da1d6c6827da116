/** The 类/款/项 drill-down: 项 grouped under their 款 and 类; a 款 the document does not total is the exact sum of its 项. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { FigureSchema } from '../model/schemas.ts';
import { functionTree } from './pages.ts';

const item = (level: '类' | '款' | '项', name: string, value: string, path?: string[]) => ({ level, name, path, figure: FigureSchema.parse({ value }) });

it('项 under 款 under 类, with exact sums where a 款 is not stated', () => {
  const h = String(
    functionTree(
      [
        item('类', '一般公共服务支出', '30.00'),
        item('项', '行政运行', '10.10', ['一般公共服务支出', '财政事务', '行政运行']),
        item('项', '一般行政管理事务', '19.90', ['一般公共服务支出', '财政事务', '一般行政管理事务']),
      ],
      '30.00',
    ),
  );
  assert.match(h, /一般公共服务支出 <span class="amount">30\.00 万元（100\.0%）/);
  assert.match(h, /财政事务 <span class="amount">30\.00 万元/);
  assert.ok(h.indexOf('财政事务') < h.indexOf('行政运行'));
  assert.equal(functionTree([item('类', '一般公共服务支出', '30.00')]), '');
});
