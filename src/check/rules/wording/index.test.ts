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
  assert.deepEqual(
    g.map((x) => x.evidence[0].line),
    [57],
  );
});

test('wording: 公出国, 决支出, 与上年…下降 and a mismatched quotation mark planted in the seed are found', async () => {
  let text = alter(seedText(), '因公出国（境）费用0万元', '公出国（境）费用0万元');
  text = alter(text, '三、部门预算情况说明', '三、部门决支出情况说明');
  text = alter(text, '比2023年减少1.00万元。其中', '与上年下降1.00万元。其中');
  text = alter(text, '四、“三公”经费情况说明', '四、“三公"经费情况说明');
  const f = (await runTextRule(rule, 'seed.txt', text)).map((x) => x.evidence[0].line ?? 0).sort((a, b) => a - b);
  assert.deepEqual(f, [47, 52, 54, 54]);
});
