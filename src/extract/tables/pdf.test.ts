/**
 * The original PDFs (positioned runs from src/read/pdf) give the same table figures as their pdftotext text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { linesOf } from '../../read/document.ts';
import { readDocument } from '../../read/index.ts';
import { abs, compare, sub } from '../../model/decimal.ts';
import { extractTables, figuresFromTables } from './index.ts';
import { CORPUS } from '../../../test/shared.ts';

const corpus = CORPUS;

async function fromPdf(file: string) {
  return extractTables(await readDocument(file, new Uint8Array(readFileSync(resolve(corpus, 'original', file)))));
}

function fromText(id: string) {
  const text = readFileSync(resolve(corpus, 'text', `${id}.txt`), 'utf8');
  return extractTables({ file: `${id}.txt`, format: 'text', lines: linesOf(text, { pages: true }), tables: [] });
}

for (const [id, files, kind] of [
  ['001', ['001.pdf'], 'budget'],
  ['010', ['010.pdf'], 'final'],
  ['021', ['021a.pdf', '021b.pdf'], 'budget'],
] as const) {
  test(`${files.join(' + ')}: the same tables and table figures as ${id}.txt`, async () => {
    const pdfTables = (await Promise.all(files.map(fromPdf))).flat();
    const textTables = fromText(id);
    assert.deepEqual(
      pdfTables.map((t) => [t.kind, t.unit]),
      textTables.map((t) => [t.kind, t.unit]),
    );
    const a = figuresFromTables(pdfTables, kind);
    const b = figuresFromTables(textTables, kind);
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
    for (const k of Object.keys(b)) assert.ok(compare(abs(sub(a[k].value, b[k].value)), '0.005') <= 0, `${k}: pdf ${a[k].value} vs text ${b[k].value}`);
    assert.ok(
      Object.values(a).every((f) => f.evidence.page !== undefined),
      'PDF evidence has pages',
    );
  });
}
