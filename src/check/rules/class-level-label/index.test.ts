import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('class-level-label: 007 labels its classes and items right', async () => {
  assert.deepEqual(await runTextRule(rule, '007.txt', corpusText('007')), []);
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('class-level-label: a 款 labelled （类） (016; and 007 altered)', async () => {
  const f = await runTextRule(rule, '007.txt', alter(corpusText('007'), '住房改革支出（02款）', '住房改革支出（类）'));
  assert.equal(f.length, 1);
  assert.ok(f[0].message.includes('住房改革支出'));
  assert.ok((await runTextRule(rule, '016.txt', corpusText('016'))).some((x) => x.message.includes('行政事业单位离退休')));
});
