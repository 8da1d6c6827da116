/**
 * Whole-process times as a user pays them, each as a ratio to a baseline measured in the same run (medians of
 * interleaved runs): `yusuan --help` and `yusuan figures` of the seed against `node -e 0`; `yusuan check` of five
 * corpus PDFs in one call against `pdftotext -layout` on the same files, one call per file; one PDF per call;
 * peak RSS of checking a 30-page PDF. Runs the installed command (bin/yusuan.mjs: dist/ when built and fresh).
 * Usage: npx tsx bench/startup.ts [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared');
const bin = path.join(root, 'bin/yusuan.mjs');
const seed = path.join(shared, 'seed', readdirSync(path.join(shared, 'seed')).find((f) => f.endsWith('.txt'))!);
const pdfs = ['001', '009', '010', '016', '024'].map((n) => path.join(shared, `corpus/original/${n}.pdf`));
const thirtyPages = path.join(shared, 'corpus/original/010.pdf');

/** Wall seconds and peak RSS (MB) of one command, through /usr/bin/time. */
function run(cmd: string[]): { secs: number; mb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const [secs, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { secs, mb: kb / 1024 };
}
const many = (cmds: string[][]) => cmds.map(run).reduce((a, b) => ({ secs: a.secs + b.secs, mb: Math.max(a.mb, b.mb) }), { secs: 0, mb: 0 });

const CASES: Record<string, () => { secs: number; mb: number }> = {
  node: () => run([process.execPath, '-e', '0']),
  help: () => run([process.execPath, bin, '--help']),
  figures: () => run([process.execPath, bin, 'figures', seed]),
  check5: () => run([process.execPath, bin, 'check', ...pdfs]),
  pdftotext5: () => many(pdfs.map((f) => ['pdftotext', '-layout', f, '/dev/null'])),
  check1: () => run([process.execPath, bin, 'check', thirtyPages]),
  pdftotext1: () => run(['pdftotext', '-layout', thirtyPages, '/dev/null']),
};

const samples: Record<string, { secs: number; mb: number }[]> = Object.fromEntries(Object.keys(CASES).map((k) => [k, []]));
for (let i = 0; i < Number(values.runs); i++) for (const [k, f] of Object.entries(CASES)) samples[k].push(f());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const t = (k: string) => median(samples[k].map((s) => s.secs));
const peak = (k: string) => Math.round(median(samples[k].map((s) => s.mb)));

const rows: [string, string, string, string][] = [
  ['`yusuan --help` / `node -e 0`', `${t('help').toFixed(2)} s / ${t('node').toFixed(2)} s`, `${(t('help') / t('node')).toFixed(1)}×`, '≤ 4×'],
  ['`yusuan figures` seed / `node -e 0`', `${t('figures').toFixed(2)} s / ${t('node').toFixed(2)} s`, `${(t('figures') / t('node')).toFixed(1)}×`, '≤ 8×'],
  ['`yusuan check` 001 009 010 016 024 (one call) / `pdftotext -layout` each', `${t('check5').toFixed(2)} s / ${t('pdftotext5').toFixed(2)} s`, `${(t('check5') / t('pdftotext5')).toFixed(1)}×`, '≤ 3×'],
  ['`yusuan check` 010.pdf (30 pages) / `pdftotext -layout` 010.pdf', `${t('check1').toFixed(2)} s / ${t('pdftotext1').toFixed(2)} s`, `${(t('check1') / t('pdftotext1')).toFixed(1)}×`, '≤ 10×'],
  ['peak RSS, `yusuan check` 010.pdf', `${peak('check1')} MB`, '', '≤ 150 MB'],
];
console.log(`runs: ${values.runs} (interleaved; medians)\n`);
console.log('| what | time | ratio | goal |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
