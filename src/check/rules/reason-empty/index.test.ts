import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('reason-empty: the seed gives every reason', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('reason-empty: an emptied reason in the seed is found; 008 “主要原因是。” too', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '主要原因是厉行节约；', '主要原因是。'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [54],
  );
  const g = await runTextRule(rule, '008.txt', corpusText('008'));
  assert.ok(g.some((x) => x.evidence[0].line === 321));
});
