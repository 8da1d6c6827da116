import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, runTextRule, seedText } from '../../testing.ts';

test('three-public-items: the seed lists all four items, zeros included', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('three-public-items: the abroad item removed from the seed is named as missing', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '因公出国（境）费用0万元，与2023年持平；', ''));
  assert.deepEqual(
    f.map((x) => [x.path, x.evidence[0].line]),
    [['threePublic.abroad', 54]],
  );
});
