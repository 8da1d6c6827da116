import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { linesOf, type SourceDocument } from '../read/document.ts';
import { paragraphsOf, restoreSwappedLines } from './flow.ts';
import { corpusText } from '../../test/shared.ts';

const docOf = (text: string): SourceDocument => ({ file: 't.txt', format: 'text', lines: linesOf(text), tables: [] });
const texts = (text: string) => paragraphsOf(docOf(text)).map((p) => p.text);

test('flow: two lines pdftotext printed in swapped order are read back in order (009, item 6)', () => {
  const lines = linesOf(readFileSync(corpusText('009'), 'utf8'), { pages: true });
  const moved = restoreSwappedLines(lines)
    .map((l, i) => [i, l] as const)
    .filter(([i, l]) => l !== lines[i])
    .map(([, l]) => l.no);
  // 009 prints two such pairs in its 一般公共预算财政拨款支出 items; nothing else moves
  assert.deepEqual(moved, [591, 590, 602, 601]);
  const item6 = paragraphsOf({ file: '009.txt', format: 'text', lines, tables: [] }).find((p) => p.text.startsWith('6、'))!;
  assert.match(item6.text, /年初预算为161\.62万元，支出决算为160\.75万元。/);
});

test('flow: a line that opens with an amount after a line leading into it stays where it is', () => {
  const ordered = ['1、一般公共服务支出。年初预算为', '100.00万元，支出决算为99.00万元。主要原因为', '节约开支。'].join('\n');
  assert.deepEqual(texts(ordered), ['1、一般公共服务支出。年初预算为100.00万元，支出决算为99.00万元。主要原因为节约开支。']);
  // the label is followed by its own amount on the next line: the order is right
  const next = ['1、住房公积金', '50.00万元，比上年增加2.00万元。', '其中年初预算为', '48.00万元。'].join('\n');
  assert.deepEqual(
    restoreSwappedLines(docOf(next).lines).map((l) => l.no),
    [1, 2, 3, 4],
  );
  const swapped = ['1、住房公积金（项）主要用于', '48.00万元，支出决算为47.00万元。', '缴存住房公积金。年初预算为', '节约。'].join('\n');
  assert.deepEqual(
    restoreSwappedLines(docOf(swapped).lines).map((l) => l.no),
    [1, 3, 2, 4],
  );
});

test('flow: “主要用于：” then a blank line goes on in the same paragraph; a list after “如下：” starts a new one', () => {
  assert.deepEqual(texts('4、财政委托业务支出（项）。主要用于：\n\n审计及绩效评价工作。'), ['4、财政委托业务支出（项）。主要用于：审计及绩效评价工作。']);
  assert.equal(texts('具体情况如下：\n\n  基本支出100万元。').length, 2);
});

test('flow: an item heading closed by “。” goes on with “主要用于” after a blank line (011, item 8)', () => {
  assert.deepEqual(texts('8、住房保障支出（类）住房改革支出（款）住房公积金（项）。\n\n主要用于：住房公积金缴存。全年预算为18.12万元。'), [
    '8、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：住房公积金缴存。全年预算为18.12万元。',
  ]);
  assert.equal(texts('（一）收入情况。\n\n  收入预算100万元。').length, 2);
});
