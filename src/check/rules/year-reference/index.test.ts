import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('year-reference: the seed compares with 2023 throughout', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('year-reference: a comparison with the budget year itself, planted in the seed, is found', async () => {
  const f = await runTextRule(
    rule,
    'seed.txt',
    alter(seedText(), '一般公共预算财政拨款支出447.01万元，比2023年减少', '一般公共预算财政拨款支出447.01万元，比2024年减少'),
  );
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [49],
  );
});

test('year-reference: 007 compares a 2026 budget with “2026年预算” and dates a project 2025', async () => {
  const f = await runTextRule(rule, '007.txt', corpusText('007'));
  assert.ok(f.some((x) => x.message.includes('“2026年”')));
  assert.ok(f.some((x) => x.message.includes('2025年1月1日-2025年12月31日')));
});
