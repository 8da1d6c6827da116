import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText, runTextRule, seedText } from '../../testing.ts';

test('zero-change-word: “增加0万元” and “减少0万元，下降0%” are found, once a line (108, 110)', async () => {
  const a = await runTextRule(rule, '108.txt', corpusText('108'));
  assert.ok(a.some((f) => f.evidence[0].line === 30 && f.message.includes('增减额为0')));
  const b = await runTextRule(rule, '110.txt', corpusText('110'));
  assert.deepEqual(
    b.filter((f) => f.evidence[0].line === 29 || f.evidence[0].line === 31).map((f) => f.message),
    ['因公出国(境)费支出的增减额为0，却写作“减少”', '公务用车购置及运行费支出的增减额为0，却写作“减少”'],
  );
});

test('zero-change-word: a change that is not zero, and the seed, pass', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
  const text = alter(corpusText('108'), '增加0万元', '增加0.5万元');
  assert.ok(!(await runTextRule(rule, '108.txt', text)).some((f) => f.evidence[0].line === 30));
});

test('zero-change-word: a sentence as read and the figure it gave are one finding', async () => {
  const text = [
    '某镇2024年“三公”经费预算情况说明',
    '2024年“三公”经费预算为14.00万元，其中：因公出国(境)费用0万元，公务用车运行维护费14.00万元，公务接待费0万元。与上年预算相比，因公出国(境)费增加0万元，公务用车运行维护费增加2.00万元。',
  ].join('\n');
  const found = (await checkText('notice.txt', text)).findings.filter((f) => f.rule === rule.meta.id);
  assert.equal(found.length, 1, found.map((f) => f.message).join('; '));
});
