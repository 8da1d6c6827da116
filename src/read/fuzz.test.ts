/**
 * A bounded fuzz test over every reader: seed inputs of each format (a fixture text and HTML made from it, DOCX and
 * XLSX as yusuan's writers make them from a sample model, a small PDF) mutated with a fixed seed — bytes flipped, cut, inserted, repeated, zeroed —
 * then read and extracted. Each must give a document or a ReadError (or the plain "no year found" of a text that
 * is no disclosure), never another exception, and quickly. About 350 inputs in well under 30 s.
 */
import { test } from 'node:test';
import { seeded } from '../../test/support/random.ts';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDocument, ReadError } from './index.ts';
import { extract } from '../extract/index.ts';
import { parseModel } from '../write/input.ts';
import { render } from '../write/index.ts';
import { makePdf } from '../../test/support/pdf.ts';

const SEED = resolve('test', 'fixtures', 'synthetic-budget-bj.txt');
const sample = parseModel(readFileSync('data/samples/sample-1-2024-budget.json', 'utf8'));

function mutate(b: Uint8Array, random: () => number): Uint8Array {
  const at = () => Math.floor(random() * b.length);
  const out = Buffer.from(b);
  switch (Math.floor(random() * 5)) {
    case 0: {
      for (let k = 1 + Math.floor(random() * 8); k > 0; k--) out[at()] = Math.floor(random() * 256);
      return out;
    }
    case 1:
      return out.subarray(0, at());
    case 2: {
      const i = at();
      return Buffer.concat([
        out.subarray(0, i),
        Buffer.from(Array.from({ length: 1 + Math.floor(random() * 64) }, () => Math.floor(random() * 256))),
        out.subarray(i),
      ]);
    }
    case 3: {
      const i = at();
      const j = Math.min(b.length, i + Math.floor(random() * 4096));
      return Buffer.concat([out.subarray(0, j), out.subarray(i, j), out.subarray(i, j), out.subarray(j)]);
    }
    default: {
      const i = at();
      out.fill(0, i, Math.min(b.length, i + Math.floor(random() * 512)));
      return out;
    }
  }
}

const text = readFileSync(SEED, 'utf8').slice(0, 6000);
const lines = text.split('\n').filter((l) => l.trim());
const seeds: [string, Uint8Array, number][] = [
  ['seed.txt', Buffer.from(text), 100],
  [
    'seed.html',
    Buffer.from(
      `<html><head><meta charset="utf-8"><title>${lines[0]}</title></head><body><div class="nav"><a href="/">首页</a></div><div>${lines.map((l) => `<p>${l}</p>`).join('')}<table><tr><td>项目</td><td>金额</td></tr><tr><td>收入</td><td>447.01</td></tr></table></div></body></html>`,
    ),
    100,
  ],
  ['seed.docx', await render(sample, 'docx'), 80],
  ['seed.xlsx', await render(sample, 'xlsx'), 30],
  [
    'seed.pdf',
    makePdf([
      {
        runs: [
          [72, 720, 12, '2024 Budget 447.01'],
          [72, 700, 12, 'Total 123.45'],
        ],
      },
      { runs: [[72, 720, 12, 'Page two 1.00']] },
    ]),
    40,
  ],
];

for (const [name, bytes, count] of seeds) {
  test(`fuzz: ${count} mutations of ${name} each read or refused with a ReadError`, async () => {
    const random = seeded(name.length * 7919 + bytes.length);
    const started = Date.now();
    for (let k = 0; k < count; k++) {
      const input = mutate(bytes, random);
      const one = Date.now();
      try {
        const doc = await readDocument(name, input);
        try {
          extract([doc]);
        } catch (e) {
          // a mutated text may lose its year: the extractor refuses it, "no year found"
          assert.ok(e instanceof ReadError && e.message.startsWith('no year found'), `${name} #${k}: extract threw ${(e as Error).stack}`);
        }
      } catch (e) {
        assert.ok(e instanceof ReadError, `${name} #${k}: ${(e as Error)?.stack ?? String(e)}`);
        assert.ok(!e.message.includes('\n'), `${name} #${k}: a message of several lines: ${e.message}`);
      }
      assert.ok(Date.now() - one < 10_000, `${name} #${k} took ${Date.now() - one} ms`);
    }
    assert.ok(Date.now() - started < 30_000, `${name}: ${Date.now() - started} ms`);
  });
}
