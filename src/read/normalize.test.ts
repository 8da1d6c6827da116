import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixRadicals, normalizeForMatch } from './normalize.ts';
import { textChars } from './document.ts';

test('normalizeForMatch: full-width ASCII to half-width, sentence punctuation kept, spaces plain', () => {
  assert.equal(normalizeForMatch('收入１２，３４５．６７万元（增长１０％）：是！吗？'), '收入12，345.67万元（增长10%）：是！吗？');
  assert.equal(normalizeForMatch('a\u3000b\u00a0c'), 'a b c');
  assert.equal(normalizeForMatch('ＡＢＣｘｙｚ＂＃＄＆＇＊＋－／＜＝＞＠［＼］＾＿｀｛｜｝～'), 'ABCxyz"#$&\'*+-/<=>@[\\]^_`{|}~');
});

test('normalizeForMatch: radical code points become the ideographs they stand for', () => {
  assert.equal(normalizeForMatch('部⻔预算⼀般公共'), '部门预算一般公共');
  assert.equal(fixRadicals('⻋辆⼈员'), '车辆人员');
  // every Kangxi radical maps as NFKC maps it
  for (let c = 0x2f00; c <= 0x2fd5; c++) assert.equal(normalizeForMatch(String.fromCharCode(c)), String.fromCharCode(c).normalize('NFKC'));
});

test('textChars counts what is not whitespace, as \\s defines it', () => {
  const lines = [
    { no: 1, text: ' a\tb\u3000c\u00a0d\u2003e\ufeff 收入 ' },
    { no: 2, text: '' },
  ];
  const expected = lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
  assert.equal(textChars(lines), expected);
  assert.equal(expected, 7);
});

test('normalizeForMatch agrees with its definition (radicals, then half-width, then plain spaces) on the whole BMP', () => {
  const halfWidth = (t: string) =>
    t.replace(/[\uff01-\uff5e]/g, (c) => ('，（）：；！？'.includes(c) ? c : String.fromCharCode(c.charCodeAt(0) - 0xfee0))).replace(/\u3000/g, ' ');
  const reference = (t: string) => halfWidth(fixRadicals(t)).replace(/\u00a0/g, ' ');
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = `a${String.fromCharCode(c)}b１`;
    assert.equal(normalizeForMatch(s), reference(s), `U+${c.toString(16)}`);
  }
});
