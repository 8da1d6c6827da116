import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnWidth, layoutPage, layoutText, splitItem, type Item } from './layout.ts';

const item = (text: string, x: number, y: number, w: number, size = 12): Item => ({ text, x, y, w, size });

test('items on one baseline form one line; segments merge adjacent items and keep x/right', () => {
  const lines = layoutPage([
    item('201', 64.7, 372.2, 18),
    item('一般公共', 170, 372.25, 48),
    item('服务支出', 218, 372.3, 48),
    item('21,601,733.00', 474, 372.2, 78),
    item('下一行', 64.7, 394.5, 36),
  ]);
  assert.equal(lines.length, 2);
  assert.deepEqual(
    lines[0].segments.map((s) => [s.text, s.x, s.right]),
    [
      ['201', 64.7, 82.7],
      ['一般公共服务支出', 170, 266],
      ['21,601,733.00', 474, 552],
    ],
  );
  assert.equal(lines[1].text.trim(), '下一行');
});

test('layout text places segments at proportional columns, at least two spaces apart', () => {
  const text = layoutText(
    [
      { x: 60, right: 78, text: '201' },
      { x: 170, right: 266, text: '一般公共服务支出' },
      { x: 474, right: 552, text: '21,601,733.00' },
    ],
    60,
    6,
  );
  assert.equal(text.indexOf('一般'), Math.round((170 - 60) / 6));
  assert.equal(text.indexOf('21,601'), Math.round((474 - 60) / 6));
  assert.equal(
    layoutText(
      [
        { x: 0, right: 100, text: 'a long cell text' },
        { x: 50, right: 60, text: 'b' },
      ],
      0,
      6,
    ),
    'a long cell text  b',
  );
});

test('right-aligned numbers of different lengths keep their right edges in one column', () => {
  const lines = layoutPage([
    item('一般公共服务支出', 170, 100, 96),
    item('21,601,733.00', 474, 100, 78),
    item('行政运行', 170, 122, 48),
    item('9,389,913.00', 480, 122, 72),
  ]);
  const end = (l: string) => l.trimEnd().length;
  assert.equal(end(lines[0].text), end(lines[1].text));
});

test('CJK radicals become ideographs; padded items split at runs of spaces; overprinted copies drop', () => {
  const lines = layoutPage([item('部⻔预算  ⼀般', 50, 100, 90), item('部⻔预算  ⼀般', 50.3, 100.2, 90)]);
  assert.equal(lines.length, 1);
  assert.deepEqual(
    lines[0].segments.map((s) => s.text),
    ['部门预算', '一般'],
  );
  const parts = splitItem(item('合计    1,000.00', 100, 10, 160));
  assert.deepEqual(
    parts.map((p) => p.text),
    ['合计', '1,000.00'],
  );
  assert.ok(parts[1].x > parts[0].x + parts[0].w);
});

test('CJK words stay joined, Latin words keep a space, cells stay apart', () => {
  const lines = layoutPage([item('收入预算', 50, 100, 48), item('37,151.47', 99, 100, 54), item('万元', 153, 100, 24), item('Total', 300, 100, 30)]);
  assert.deepEqual(
    lines[0].segments.map((s) => s.text),
    ['收入预算37,151.47万元', 'Total'],
  );
});

test('the column width comes from the page’s ASCII glyphs, bounded by the type size', () => {
  assert.equal(columnWidth([item('123.00', 0, 0, 36), item('45.00', 0, 0, 30), item('6.00', 0, 0, 24)]), 6);
  assert.equal(columnWidth([item('一般', 0, 0, 24)]), 6);
});
