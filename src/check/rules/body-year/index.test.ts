import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, BUDGET_WITH_LAST_FINAL, corpusText, runTextRule, seedText } from '../../testing.ts';

test('body-year: the seed and the corpus documents with only legitimate years pass', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
  for (const id of ['009', '110']) assert.deepEqual(await runTextRule(rule, `${id}.txt`, corpusText(id)), [], id);
  // 104 states last year's budget for comparison (“2019年预算内收入安排617.41万元”) and dates events (创办于1960年):
  // only its “201年” is reported
  assert.deepEqual(
    (await runTextRule(rule, '104.txt', corpusText('104'))).map((x) => x.message),
    ['年度“201年”不完整'],
  );
});

test('body-year: a 三公 sentence of the seed dated two years back is found on its line', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '2024年“三公”经费预算4.30万元', '2022年“三公”经费预算4.30万元'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [54],
  );
  assert.match(f[0].message, /2022年/);
});

test('body-year: last year compared with itself (“2023年…比2023年减少”) is found', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '2024年“三公”经费预算4.30万元', '2023年“三公”经费预算4.30万元'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [54],
  );
});

test('body-year: a reason dated the year before, a pair of old years, a heading with last year', async () => {
  const [f105] = await runTextRule(rule, '105.txt', corpusText('105'));
  assert.match(f105.evidence[0].text, /^2015年衢江区/);
  const f109 = await runTextRule(rule, '109.txt', corpusText('109'));
  assert.ok(f109.some((x) => /2021年与2020年/.test(x.message)));
  const [f130] = await runTextRule(rule, '130.txt', corpusText('130'));
  assert.match(f130.evidence[0].text, /2020年度“三公”经费决支出情况说明/);
});

test('body-year: policy documents, dates of events and comparisons are not the subject year', async () => {
  const text = alter(
    seedText(),
    '2024年无使用政府性基金预算拨款安排的支出。',
    '根据《关于规范公务接待的通知》（渝府办发〔2014〕8号），2016年5月起实施公车改革，自2018年以来逐年压减。',
  );
  assert.deepEqual(await runTextRule(rule, 'seed.txt', text), []);
});

test('body-year: a year with a digit lost and a document number without its bracket are found', async () => {
  const text = alter(seedText(), '主要原因是厉行节约', '主要原因是按照〔20148号文件厉行节约，在201年基础上压减');
  const f = await runTextRule(rule, 'seed.txt', text);
  assert.deepEqual(
    f.map((x) => [x.evidence[0].line, x.message]),
    [
      [54, '年度“201年”不完整'],
      [54, '文号“〔20148号”缺少“〕”'],
    ],
  );
});

test('body-year: a sentence after a line ending in a colon is its own (130: “…公开如下：” then “2019年，…较上年”)', async () => {
  assert.ok(!(await runTextRule(rule, '130.txt', corpusText('130'))).some((f) => f.evidence[0].line === 21));
  const f = await runTextRule(rule, '130.txt', alter(corpusText('130'), '2021年,州本级', '2019年,州本级'));
  assert.deepEqual(
    f.filter((x) => x.evidence[0].line === 21).map((x) => x.message),
    ['文中以2019年与上年比较，本文件为2021年决算'],
  );
});

test('body-year: the next year’s amounts in the body of a document titled a year earlier (131)', async () => {
  assert.deepEqual(await runTextRule(rule, '131.txt', corpusText('131')), []);
  const f = await runTextRule(rule, '131.txt', alter(corpusText('131'), '海口市中级人民法院2021年', '海口市中级人民法院2020年'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [14, 19],
  );
});

test('body-year: a budget’s heading on the year before’s 决算 is left alone; the same heading on its 预算 is reported', async () => {
  assert.deepEqual(await runTextRule(rule, 'notice.txt', BUDGET_WITH_LAST_FINAL), []);
  const stale = alter(BUDGET_WITH_LAST_FINAL, '二、2024年“三公”经费决算情况', '二、2024年“三公”经费预算情况');
  assert.equal((await runTextRule(rule, 'notice.txt', stale)).length, 1);
});
