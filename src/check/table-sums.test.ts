import { test } from 'node:test';
import assert from 'node:assert/strict';
import { misread, withTableSums } from './table-sums.ts';
import { agree, cellAt, totalRow } from './tables.ts';
import { checkText, corpusText } from './testing.ts';

test('table sums: 007’s 一般公共预算支出表 is read right; with its columns shifted it is misread, and a disagreement with it is a warning', async () => {
  const { disclosure } = await checkText('007.txt', corpusText('007'));
  const t = disclosure.tables.find((x) => x.kind === 'generalExpenditure')!;
  const total = totalRow(t)!;
  const other = { ...t, title: '另一表', rows: t.rows.map((r) => ({ ...r, values: [...r.values] })) };
  const otherTotal = totalRow(other)!;
  otherTotal.values[0] = '1.00';
  const opts = { what: '合计', far: 'error' as const };
  withTableSums(() => {
    assert.equal(misread(t), false);
    assert.deepEqual(
      agree(cellAt(t, total, 0), cellAt(other, otherTotal, 0), opts).map((d) => d.severity),
      ['error'],
    );
  });
  // the reader shifted every row's cells one column to the right
  for (const r of t.rows) r.values = [null, ...r.values.slice(0, -1)];
  withTableSums(() => {
    assert.equal(misread(t), true);
    assert.deepEqual(
      agree(cellAt(t, total, 1), cellAt(other, otherTotal, 0), opts).map((d) => d.severity),
      ['warning'],
    );
  });
});
