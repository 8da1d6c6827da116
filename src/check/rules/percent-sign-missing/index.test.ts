import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('percent-sign-missing: 010 “增长 13.95。” is found; with the % it passes', async () => {
  const f = await runTextRule(rule, '010.txt', corpusText('010'));
  assert.ok(f.some((x) => x.evidence[0].line === 627));
  const fixed = await runTextRule(rule, '010.txt', alter(corpusText('010'), '增长 13.95。', '增长 13.95%。'));
  assert.ok(!fixed.some((x) => x.evidence[0].line === 627));
});

test('percent-sign-missing: the seed passes; a bare share planted in it is found', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '科学技术支出352.72万元，', '科学技术支出352.72万元，占78.91，'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [46],
  );
});

test('percent-sign-missing: thousands separators are no bare number', async () => {
  assert.deepEqual(await runTextRule(rule, 'x.txt', '2024年部门预算\n收入增加24,558.18万元。\n'), []);
});
