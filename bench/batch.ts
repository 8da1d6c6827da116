/**
 * `yusuan batch` at scale: N text documents made from the corpus texts and the seed (each copy unique: its unit
 * name and one line carry its number), checked by the installed command (`npm run build` first) with --jobs J;
 * wall time and peak RSS of the whole process tree's largest process (/usr/bin/time). Then the corpus PDFs: rate per page.
 * Usage: npx tsx bench/batch.ts [--n 10000] [--jobs 2] [--pdf]
 */
import { spawnSync } from 'node:child_process';
import { SHARED } from '../test/shared.ts';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, jobs: { type: 'string', default: '2' }, pdf: { type: 'boolean' } } });
const root = path.resolve(import.meta.dirname, '..');
const shared = SHARED;
const texts = readdirSync(path.join(shared, 'corpus/text'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(shared, 'corpus/text', f), 'utf8'));
texts.push(
  readFileSync(
    path.join(
      shared,
      'seed',
      readdirSync(path.join(shared, 'seed')).find((f) => f.endsWith('.txt'))!,
    ),
    'utf8',
  ),
);

function timed(args: string[]): { secs: number; cpu: number; rssMb: number; status: number | null; tail: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', path.join(root, 'bin/yusuan.mjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = r.stderr.trim().split('\n');
  const [secs, kb, user, sys] = last.at(-1)!.split(' ').map(Number);
  return { secs, cpu: user + sys, rssMb: Math.round(kb / 1024), status: r.status, tail: last.at(-2) ?? '' };
}

const dir = path.join(tmpdir(), `yusuan-bench-batch-${process.pid}`);
try {
  const n = Number(values.n);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length];
    // unique content: the number goes into the text (the unit's own line stays as published, so extraction is real)
    writeFileSync(path.join(dir, `doc${String(i).padStart(5, '0')}.txt`), `${t}\n（副本编号 ${i}）\n`);
  }
  const out = path.join(dir, 'report.json');
  const r = timed(['batch', dir, '--out', out, '--jobs', String(values.jobs)]);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  console.log(
    `batch of ${n} text documents, --jobs ${values.jobs}: ${r.secs.toFixed(1)} s (${(n / r.secs).toFixed(0)} documents/s; CPU ${r.cpu.toFixed(0)} s, load average ${loadavg()[0].toFixed(1)}), peak RSS ${r.rssMb} MB; rows ${report.rows.length}, checked ${report.summary.checked}, failed ${report.summary.failed}`,
  );
  console.log(`  ${r.tail}`);
  if (values.pdf) {
    const pdfOut = path.join(dir, 'pdf.json');
    const p = timed(['batch', path.join(shared, 'corpus/original'), '--out', pdfOut, '--jobs', String(values.jobs)]);
    const rep = JSON.parse(readFileSync(pdfOut, 'utf8'));
    const pages = rep.summary.pages;
    console.log(
      `batch of the corpus originals (${rep.rows.length} files, PDFs and XLSX, ${pages} pages), --jobs ${values.jobs}: ${p.secs.toFixed(1)} s, ${((p.secs * 1000) / pages).toFixed(0)} ms per page (${(pages / p.secs).toFixed(1)} pages/s; CPU ${p.cpu.toFixed(0)} s, load average ${loadavg()[0].toFixed(1)}), peak RSS ${p.rssMb} MB; failed ${rep.summary.failed}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
