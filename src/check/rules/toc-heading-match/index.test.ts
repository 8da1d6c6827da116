import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('toc-heading-match: 107’s body headings “所部门概况”, “部门主要职能” against its contents', async () => {
  const f = await runTextRule(rule, '107.txt', corpusText('107'));
  assert.deepEqual(
    f.map((x) => [x.evidence[0].line, x.evidence[1].line]),
    [
      [30, 3],
      [31, 4],
    ],
  );
  assert.equal(f[1].message, '正文标题“一、部门主要职能”与目录“一、部门主要职责”不一致');
});

test('toc-heading-match: the same titles, a wrapped title, and a document without contents pass', async () => {
  let text = alter(corpusText('107'), '第一部分 长均乡中心学校所部门概况', '第一部分 长均乡中心学校部门概况');
  text = alter(text, '一、部门主要职能', '一、部门主要职责');
  assert.deepEqual(await runTextRule(rule, '107.txt', text), []);
  // the body's heading cut short by wrapping is the same heading
  assert.deepEqual(await runTextRule(rule, '107.txt', alter(text, '一、部门主要职责\n安义县', '一、部门主要\n职责\n安义县')), []);
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});
