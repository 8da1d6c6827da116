import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('three-public-scope: the seed and documents whose 机关运行经费 lists 会议费 pass', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
  for (const id of ['009', '015', '022']) assert.deepEqual(await runTextRule(rule, `${id}.txt`, corpusText(id)), [], id);
});

test('three-public-scope: 会议费 and 培训费 counted in the 三公 total (121) are found on their line', async () => {
  const f = await runTextRule(rule, '121.txt', corpusText('121'));
  assert.ok(f.some((x) => x.evidence[0].text.includes('会议费34.10万元')));
});

test('three-public-scope: 会议费 planted among the seed’s 三公 items is found, 三公 “及会议费” is not', async () => {
  const planted = alter(seedText(), '公务接待费1.30万元', '公务接待费1.30万元，会议费0.50万元');
  assert.equal((await runTextRule(rule, 'seed.txt', planted)).length, 1);
  const besides = alter(seedText(), '2024年“三公”经费预算4.30万元', '2024年“三公”经费及会议费、培训费预算4.30万元，其中公务接待费1.30万元');
  assert.deepEqual(await runTextRule(rule, 'seed.txt', besides), []);
});
