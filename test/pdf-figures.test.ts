import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalPdfCorpus, totals } from '../scripts/eval-pdf.ts';

test('the corpus PDFs give the figures their pdftotext text gives (≥ text share − 2 points, or ≥ 95 %)', async () => {
  const results = await evalPdfCorpus();
  assert.ok(results.length >= 20, 'every corpus document with a figures file');
  const t = totals(results);
  const pdf = (100 * t.pdf) / t.total;
  const text = (100 * t.text) / t.total;
  const misses = results.flatMap((r) => r.pdf.misses.map((m) => `${r.id} ${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'}`));
  assert.ok(pdf >= Math.min(95, text - 2), `PDF ${pdf.toFixed(1)} % vs text ${text.toFixed(1)} %:\n${misses.join('\n')}`);
});
