import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('duplicate-passage: the seed prints each 职能 once', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('duplicate-passage: a 职能 item printed twice in the seed; 001’s repeated items 7–12', async () => {
  const item = '8.统筹区域科技创新体系建设，指导区域创新发展、科技资源合理布局和协同创新能力建设，推动科技园区建设。';
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '9.开展科技监督', `${item}\n\n9.开展科技监督`));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [24],
  );
  const g = await runTextRule(rule, '001.txt', corpusText('001'));
  assert.ok(g.some((x) => x.message.includes('组织协调本区工商业')));
});
