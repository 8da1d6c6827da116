import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('class-name-current: the seed uses 卫生健康支出', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('class-name-current: the old 医疗卫生与计划生育支出 in a 2024 budget (seed altered) and in 007 (2026)', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '卫生健康支出18.40万元', '医疗卫生与计划生育支出18.40万元'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [46],
  );
  assert.ok((await runTextRule(rule, '007.txt', corpusText('007'))).length > 0);
  // in 2017 the old name was the name
  assert.deepEqual(await runTextRule(rule, '012.txt', corpusText('012')), []);
});
