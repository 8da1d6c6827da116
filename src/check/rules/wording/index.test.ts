import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('wording: no slips in the seed', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('wording: 018 “与上年相未”; a doubled word planted in the seed', async () => {
  assert.ok((await runTextRule(rule, '018.txt', corpusText('018'))).some((x) => x.message.includes('相未')));
  const g = await runTextRule(rule, 'seed.txt', alter(seedText(), '比上年减少4.02万元', '比上年减少减少4.02万元'));
  assert.deepEqual(g.map((x) => x.evidence[0].line), [57]);
});
