import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { readDocument, ReadError } from './index.ts';

const SAMPLE = '重庆市渝中区科学技术局\n2024年部门预算情况说明\n收入预算447.01万元，较去年减少2544.50万元。\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = bigEndian ? Buffer.from(le).swap16() : le;
  const mark = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

const cases: [string, Uint8Array, string][] = [
  ['UTF-8', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]), 'utf-8'],
  ['UTF-16LE with BOM', utf16(SAMPLE, false, true), 'utf-16le'],
  ['UTF-16BE with BOM', utf16(SAMPLE, true, true), 'utf-16be'],
  ['UTF-16LE without BOM', utf16(SAMPLE, false, false), 'utf-16le'],
  ['GBK (GB18030)', iconv.encode(SAMPLE, 'gbk'), 'gb18030'],
];

// Chinese text with hardly any ASCII has no zero bytes in UTF-16: it is told from GBK by its code units
const CHINESE = '重庆市渝中区科学技术局部门预算情况说明。本单位主要职能是贯彻落实国家科技发展规划和方针政策，'.repeat(20);
for (const [name, bytes, encoding] of [
  ['UTF-16LE without BOM, Chinese only', utf16(CHINESE, false, false), 'utf-16le'],
  ['UTF-16BE without BOM, Chinese only', utf16(CHINESE, true, false), 'utf-16be'],
  ['GBK, Chinese only', iconv.encode(CHINESE, 'gbk'), 'gb18030'],
] as const) {
  test(`reads ${name} text`, async () => {
    const doc = await readDocument('x.txt', bytes);
    assert.equal(doc.encoding, encoding);
    assert.equal(doc.lines[0].text, CHINESE);
  });
}

test('one invalid byte does not make a GBK or UTF-8 file binary: the text is read with U+FFFD in its place', async () => {
  const gbk = iconv.encode(SAMPLE + CHINESE, 'gbk');
  const broken = Buffer.concat([gbk.subarray(0, 40), Buffer.from([0x81, 0x0a]), gbk.subarray(40)]);
  const doc = await readDocument('x.txt', broken);
  assert.equal(doc.encoding, 'gb18030');
  assert.equal(doc.lines[0].text, '重庆市渝中区科学技术局');
  const utf8 = Buffer.from(SAMPLE + CHINESE, 'utf8');
  const doc8 = await readDocument('x.txt', Buffer.concat([utf8.subarray(0, 33), Buffer.from([0xff]), utf8.subarray(33)]));
  assert.equal(doc8.encoding, 'utf-8');
  assert.equal(doc8.lines[2].text, '收入预算447.01万元，较去年减少2544.50万元。');
});

for (const [name, bytes, encoding] of cases) {
  test(`reads ${name} text`, async () => {
    const doc = await readDocument('x.txt', bytes);
    assert.equal(doc.encoding, encoding);
    assert.equal(doc.lines[0].text, '重庆市渝中区科学技术局');
    assert.equal(doc.lines[2].text, '收入预算447.01万元，较去年减少2544.50万元。');
    assert.equal(doc.lines[2].no, 3);
  });
}

test('form feeds (pdftotext output) mark pages', async () => {
  const doc = await readDocument('x.txt', Buffer.from('第一页\n内容\n\f第二页\n', 'utf8'));
  assert.deepEqual(
    doc.lines.map((l) => [l.no, l.page, l.text]),
    [
      [1, 1, '第一页'],
      [2, 1, '内容'],
      [3, 2, '第二页'],
      [4, 2, ''],
    ],
  );
});

test('binary data, empty files and mislabelled files are refused with a plain message', async () => {
  await assert.rejects(readDocument('x.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8, 0xff, 0xd8, 0, 0, 1, 2, 3, 4])), ReadError);
  await assert.rejects(readDocument('x.txt', new Uint8Array()), /empty file/);
  await assert.rejects(readDocument('x.pdf', Buffer.from('hello')), /not a PDF/);
  await assert.rejects(readDocument('x.doc', Buffer.from('hello')), /unsupported format \.doc/);
});
