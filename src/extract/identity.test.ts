import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../read/index.ts';
import { extractIdentity } from './identity.ts';

const identityOf = async (lines: string[]) => extractIdentity([await readDocument('x.txt', new TextEncoder().encode(lines.join('\n')))]);

test('identity: without a title, the first 预算 or 决算 of the head gives the kind, not a 决算 of the year before', async () => {
  // a budget's 三公 notice that reports the year before's final accounts after its own budget
  const budget = await identityOf([
    '一、2025年“三公”经费预算安排情况',
    '2025年“三公”经费预算8.50万元，其中：公务接待费2.50万元，公务用车运行维护费6.00万元。',
    '二、2024年“三公”经费决算情况',
    '2024年“三公”经费决算支出7.90万元。',
  ]);
  assert.deepEqual([budget.kind, budget.year], ['budget', 2025]);
  // the same parts in the other order: still the 2025 budget
  const reversed = await identityOf([
    '一、2024年“三公”经费决算情况',
    '2024年“三公”经费决算支出7.90万元。',
    '二、2025年“三公”经费预算安排情况',
    '2025年“三公”经费预算8.50万元。',
  ]);
  assert.equal(reversed.kind, 'final', 'the year is the first one named (2024): its 决算');
  // a 决算 of the document's own year
  const final = await identityOf(['一、收入支出决算总体情况', '2024年度收入总计120.00万元，支出总计118.00万元。']);
  assert.equal(final.kind, 'final');
});

test('identity: a law or notice cited in 《》 gives neither the year nor the kind; a sentence with 预算为 and 决算为 is a 决算', async () => {
  const cited = await identityOf([
    '根据《某省预决算公开操作规程（2022年修订）》的规定，经某市财政局汇总，2025年全市“三公”经费预算总额为80万元，较上年减少10万元。',
  ]);
  assert.deepEqual([cited.kind, cited.year], ['budget', 2025]);
  const final = await identityOf(['2019年度“三公”经费财政拨款支出预算为40.00万元，2019年实际支出“三公”经费决算为20.00万元。']);
  assert.deepEqual([final.kind, final.year], ['final', 2019]);
});
