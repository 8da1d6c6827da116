import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeZip } from '../../test/support/zip.ts';
import { readDocument, ReadError } from './index.ts';
import { guardZip, MAX_UNCOMPRESSED } from './zip-guard.ts';

const text = (s: string) => new TextEncoder().encode(s);
const rejects = async (file: string, bytes: Uint8Array, re: RegExp) => {
  await assert.rejects(readDocument(file, bytes), (e: unknown) => e instanceof ReadError && re.test(e.message));
};

test('an honest small archive passes and lists its entries', () => {
  const zip = makeZip([
    { name: 'a.xml', data: text('<a>hello</a>') },
    { name: 'b.xml', data: text('x'.repeat(1000)) },
  ]);
  assert.deepEqual(
    guardZip('t.zip', zip).map((e) => [e.name, e.size]),
    [
      ['a.xml', 12],
      ['b.xml', 1000],
    ],
  );
});

test('declared sizes over the limit are refused before anything is inflated', async () => {
  const zip = makeZip([{ name: 'word/document.xml', data: text('<w/>'), declaredSize: MAX_UNCOMPRESSED + 1 }]);
  await rejects('bomb.docx', zip, /zip bomb/);
});

test('an entry that inflates to more than it declares is refused (the inflate is capped)', async () => {
  const zip = makeZip([{ name: 'xl/workbook.xml', data: new Uint8Array(3 * 1024 * 1024), declaredSize: 1000 }]);
  await rejects('liar.xlsx', zip, /more than it declares/);
});

test('an absurd compression ratio is refused', async () => {
  const zip = makeZip([{ name: 'xl/workbook.xml', data: new Uint8Array(50 * 1024 * 1024) }]);
  await rejects('zeros.xlsx', zip, /compression ratio/);
});

test('a truncated archive gives a clear error', async () => {
  const zip = makeZip([{ name: 'word/document.xml', data: text('<w:document/>'.repeat(100)) }]);
  await rejects('cut.docx', zip.subarray(0, zip.length - 30), /truncated|broken/);
  await rejects('cut.xlsx', zip.subarray(0, 40), /truncated|broken/);
});

test('archives without the expected part are named as the wrong kind of file', async () => {
  const zip = makeZip([{ name: 'hello.txt', data: text('hi') }]);
  await rejects('x.docx', zip, /not a Word document/);
  await rejects('x.xlsx', zip, /not an Excel workbook/);
});

test('a password-protected Office file (an OLE container) is named as such', async () => {
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  await rejects('locked.docx', ole, /password-protected Office file/);
  await rejects('locked.xlsx', ole, /password-protected Office file/);
});
