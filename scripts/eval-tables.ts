/**
 * How well the standard tables alone give the hand-checked figures: for every corpus document, the share
 * of its figures.tsv amount keys that figuresFromTables gets exactly (±0.005 万元), the wrong ones and the
 * table-sourced keys it does not give. Run: npx tsx scripts/eval-tables.ts [--pdf] [NNN…]
 * (--pdf: read the original PDFs of shared/corpus/original instead of their pdftotext text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { linesOf, type SourceDocument } from '../src/read/document.ts';
import { extractTables, figuresFromTables } from '../src/extract/tables/index.ts';
import { compare, sub, abs } from '../src/model/decimal.ts';
import type { Table } from '../src/model/table.ts';
import { readDocument } from '../src/read/index.ts';
import { CORPUS_ORIGINAL, CORPUS_TEXT } from '../test/shared.ts';

const dir = CORPUS_TEXT;
const originals = CORPUS_ORIGINAL;
const pdf = process.argv.includes('--pdf');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/** The document as text (pdftotext output), or with --pdf its original PDF(s) read by src/read (positioned runs). */
async function tablesOf(id: string): Promise<Table[]> {
  if (!pdf) {
    const text = readFileSync(resolve(dir, `${id}.txt`), 'utf8');
    const doc: SourceDocument = { file: `${id}.txt`, format: 'text', lines: linesOf(text, { pages: text.includes('\f') }), tables: [] };
    return extractTables(doc);
  }
  const files = readdirSync(originals)
    .filter((f) => f === `${id}.pdf` || new RegExp(`^${id}[a-z]\\.pdf$`).test(f))
    .sort();
  const out: Table[] = [];
  for (const f of files) out.push(...extractTables(await readDocument(f, new Uint8Array(readFileSync(resolve(originals, f))))));
  return out;
}

export function loadTruth(id: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of readFileSync(resolve(dir, `${id}.figures.tsv`), 'utf8').split('\n')) {
    const [k, v] = line.split('\t');
    if (k && v !== undefined) m.set(k, v.trim());
  }
  return m;
}

export const close = (a: string, b: string) => compare(abs(sub(a, b)), '0.005') <= 0;

const ids = readdirSync(dir)
  .filter((f) => /^\d+\.txt$/.test(f))
  .map((f) => f.slice(0, -4))
  .filter((id) => !only.length || only.includes(id));

let allHit = 0;
let allStated = 0;
let allGiven = 0;
let allRight = 0;
for (const id of ids) {
  const truth = loadTruth(id);
  const kind = truth.get('doc.kind') === 'final' ? 'final' : 'budget';
  const figs = figuresFromTables(await tablesOf(id), kind);
  const keys = [...truth.keys()].filter(
    (k) => !k.startsWith('doc.') && !/\.(prev|change)$/.test(k) && !k.startsWith('assets.') && !k.startsWith('performance.'),
  );
  const wrong: string[] = [];
  const absent: string[] = [];
  let hit = 0;
  let given = 0;
  for (const k of keys) {
    const f = figs[k];
    if (!f) {
      absent.push(k);
      continue;
    }
    given++;
    if (close(f.value, truth.get(k)!)) hit++;
    else wrong.push(`${k}=${f.value} (truth ${truth.get(k)})`);
  }
  allHit += hit;
  allStated += keys.length;
  allGiven += given;
  allRight += hit;
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
  console.log(`${id} ${kind.padEnd(6)} exact ${hit}/${keys.length} (${pct(hit, keys.length)}%) · right where given ${hit}/${given} (${pct(hit, given)}%)`);
  for (const w of wrong) console.log(`    wrong  ${w}`);
  if (process.env.ABSENT) for (const a of absent) console.log(`    absent ${a}`);
}
console.log(
  `ALL exact ${allHit}/${allStated} (${((100 * allHit) / allStated).toFixed(1)}%) · right where given ${allRight}/${allGiven} (${((100 * allRight) / allGiven).toFixed(1)}%)`,
);
