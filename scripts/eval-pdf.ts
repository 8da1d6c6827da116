/**
 * `npx tsx scripts/eval-pdf.ts [--quiet] [NNN…]`: how well yusuan reads the corpus PDFs. For every document in
 * `../shared/corpus/original/` (NNNa.pdf + NNNb.pdf read together as one disclosure), the figures extracted from
 * the PDFs are scored against `../shared/corpus/text/NNN.figures.tsv` (±0.005), beside the score of the same
 * extractor on the pdftotext text `NNN.txt` — the PDF reader's aim is that the two are equal. Misses are
 * printed, marked “PDF only” where the text version got the figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../src/extract/index.ts';
import { flattenFigures } from '../src/model/index.ts';
import { parseTruth, scoreFigures, type Score } from '../src/eval/figures.ts';
import { readDocument, type SourceDocument } from '../src/read/index.ts';
import { SHARED as shared } from '../test/shared.ts';

export interface PdfEval {
  id: string;
  files: string[];
  pdf: Score;
  text: Score;
}

/** The corpus PDFs grouped by document id (012a + 012b → 012), for the ids that have a figures file. */
export function corpusPdfGroups(only: string[] = []): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const f of readdirSync(join(shared, 'corpus', 'original')).sort()) {
    const m = /^(\d{3})[a-z]?\.pdf$/.exec(f);
    if (!m || (only.length && !only.includes(m[1]))) continue;
    if (!existsSync(join(shared, 'corpus', 'text', `${m[1]}.figures.tsv`))) continue;
    groups.set(m[1], [...(groups.get(m[1]) ?? []), f]);
  }
  return [...groups];
}

const read = async (file: string) => readDocument(file.split('/').pop()!, new Uint8Array(readFileSync(file)));

export async function evalPdfCorpus(only: string[] = []): Promise<PdfEval[]> {
  const out: PdfEval[] = [];
  for (const [id, files] of corpusPdfGroups(only)) {
    const truth = parseTruth(readFileSync(join(shared, 'corpus', 'text', `${id}.figures.tsv`), 'utf8'));
    const docs: SourceDocument[] = [];
    for (const f of files) docs.push(await read(join(shared, 'corpus', 'original', f)));
    const pdf = scoreFigures(truth, flattenFigures(extract(docs)));
    const text = scoreFigures(truth, flattenFigures(extract([await read(join(shared, 'corpus', 'text', `${id}.txt`))])));
    out.push({ id, files, pdf, text });
  }
  return out;
}

export function totals(results: PdfEval[]) {
  const sum = (k: 'pdf' | 'text', f: 'exact' | 'total') => results.reduce((a, r) => a + r[k][f], 0);
  return { pdf: sum('pdf', 'exact'), text: sum('text', 'exact'), total: sum('pdf', 'total') };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

async function main() {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const results = await evalPdfCorpus(args.filter((a) => /^\d{3}$/.test(a)));
  console.log('id     PDF            text           files');
  for (const r of results) {
    console.log(
      `${r.id.padEnd(5)}  ${pct(r.pdf.exact, r.pdf.total).padStart(6)} ${`${r.pdf.exact}/${r.pdf.total}`.padStart(7)}  ${pct(r.text.exact, r.text.total).padStart(6)} ${`${r.text.exact}/${r.text.total}`.padStart(7)}  ${r.files.join(' + ')}`,
    );
    if (quiet) continue;
    const textMissed = new Set(r.text.misses.map((m) => m.key));
    for (const m of r.pdf.misses)
      console.log(`       miss ${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'}${textMissed.has(m.key) ? '' : '   [PDF only]'}`);
    const pdfMissed = new Set(r.pdf.misses.map((m) => m.key));
    for (const m of r.text.misses)
      if (!pdfMissed.has(m.key)) console.log(`       (text only miss ${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'})`);
  }
  const t = totals(results);
  console.log('');
  console.log(
    `figures exact from the corpus PDFs: ${pct(t.pdf, t.total)} (${t.pdf}/${t.total}); from their text: ${pct(t.text, t.total)} (${t.text}/${t.total})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
