import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText, runRule } from '../../testing.ts';

const ROW = '204   06   04   基层司法业务                21703947.00             0.00    21703947.00';

test('table-sums: 007’s 一般公共预算支出表 adds up (rows, 款 = Σ 项, 类 = Σ 款)', async () => {
  const { disclosure } = await checkText('007.txt', corpusText('007'));
  const f = runRule(rule, disclosure).filter((x) => x.evidence[0].table?.includes('一般公共预算支出'));
  assert.deepEqual(
    f.filter((x) => x.severity !== 'info'),
    [],
  );
});

test('table-sums: one 项 cell altered in 007 breaks its row and its 款 and 类', async () => {
  const text = alter(corpusText('007'), ROW, ROW.replace('21703947.00             0.00    21703947.00', '21703947.00             0.00    21793947.00'));
  const { disclosure } = await checkText('007.txt', text);
  const f = runRule(rule, disclosure).filter((x) => x.evidence[0].table?.includes('一般公共预算支出') && x.severity === 'warning');
  assert.ok(
    f.some((x) => x.evidence[0].row?.includes('基层司法业务')),
    'the row 合计 ≠ 基本 + 项目',
  );
  assert.ok(
    f.some((x) => x.evidence[0].row?.startsWith('20406')),
    'the 款 ≠ Σ 项 in the 项目支出 column',
  );
});
