/**
 * Whole-process times as a user pays them, each as a ratio to a baseline measured in the same run (medians of
 * interleaved runs): `yusuan --help` and `yusuan figures` of the seed against `node -e 0`; `yusuan check` of five
 * corpus PDFs in one call against `pdftotext -layout` on the same files, one call per file; one PDF per call;
 * peak RSS of checking a 30-page PDF; the PDF rows also with pdf.js forced (YUSUAN_PDF_ENGINE=pdfjs). Runs the installed command as a user does (bin/yusuan.mjs through its
 * shebang, which sets the node flags; dist/ when built and fresh).
 * With --base DIR (another checkout, built: `npm run build` there), its `yusuan` runs the same commands in the same
 * interleaved runs, and each row gains the base's wall time and the ratio to it.
 * Usage: npx tsx bench/startup.ts [--runs 5] [--base DIR]
 */
import { spawnSync } from 'node:child_process';
import { SHARED } from '../test/shared.ts';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, base: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');
const shared = SHARED;
const bin = path.join(root, 'bin/yusuan.mjs');
const seed = path.join(
  shared,
  'seed',
  readdirSync(path.join(shared, 'seed')).find((f) => f.endsWith('.txt'))!,
);
const pdfs = ['001', '009', '010', '016', '024'].map((n) => path.join(shared, `corpus/original/${n}.pdf`));
const thirtyPages = path.join(shared, 'corpus/original/010.pdf');

interface Sample {
  secs: number;
  /** user + system CPU seconds: what the command costs, less disturbed than wall time on a busy machine */
  cpu: number;
  mb: number;
}

/** Wall seconds, CPU seconds and peak RSS (MB) of one command, through /usr/bin/time. */
function run(cmd: string[], env: Record<string, string> = {}): Sample {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const [secs, user, sys, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { secs, cpu: user + sys, mb: kb / 1024 };
}
const many = (cmds: string[][]) =>
  cmds.map((c) => run(c)).reduce((a, b) => ({ secs: a.secs + b.secs, cpu: a.cpu + b.cpu, mb: Math.max(a.mb, b.mb) }), { secs: 0, cpu: 0, mb: 0 });

/** The fallback text engine forced: the reader as it was before poppler read PDFs (the "before" of each PDF row). */
const PDFJS = { YUSUAN_PDF_ENGINE: 'pdfjs' };

const CASES: Record<string, () => Sample> = {
  node: () => run([process.execPath, '-e', '0']),
  help: () => run([bin, '--help']),
  figures: () => run([bin, 'figures', seed]),
  check5: () => run([bin, 'check', ...pdfs]),
  pdftotext5: () => many(pdfs.map((f) => ['pdftotext', '-layout', f, '/dev/null'])),
  check5pdfjs: () => run([bin, 'check', ...pdfs], PDFJS),
  check1: () => run([bin, 'check', thirtyPages]),
  check1pdfjs: () => run([bin, 'check', thirtyPages], PDFJS),
  pdftotext1: () => run(['pdftotext', '-layout', thirtyPages, '/dev/null']),
};

// the base's command for each of ours (case name + "Base")
const baseBin = values.base ? path.join(path.resolve(values.base), 'bin/yusuan.mjs') : undefined;
if (baseBin) {
  Object.assign(CASES, {
    helpBase: () => run([baseBin, '--help']),
    figuresBase: () => run([baseBin, 'figures', seed]),
    check5Base: () => run([baseBin, 'check', ...pdfs]),
    check1Base: () => run([baseBin, 'check', thirtyPages]),
  });
}

const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(CASES).map((k) => [k, []]));
for (let i = 0; i < Number(values.runs); i++) for (const [k, f] of Object.entries(CASES)) samples[k].push(f());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const t = (k: string) => median(samples[k].map((s) => s.secs));
const c = (k: string) => median(samples[k].map((s) => s.cpu));
const peak = (k: string) => Math.round(median(samples[k].map((s) => s.mb)));

const pair = (a: string, b: string) => [
  `${t(a).toFixed(2)} s / ${t(b).toFixed(2)} s`,
  `${(t(a) / t(b)).toFixed(1)}×`,
  `${c(a).toFixed(2)} s / ${c(b).toFixed(2)} s`,
  `${(c(a) / Math.max(c(b), 0.01)).toFixed(1)}×`,
];
const rows: string[][] = [
  ['`yusuan --help` / `node -e 0`', ...pair('help', 'node'), '≤ 4×'],
  ['`yusuan figures` seed / `node -e 0`', ...pair('figures', 'node'), '≤ 8×'],
  ['`yusuan check` 001 009 010 016 024 (one call) / `pdftotext -layout` each', ...pair('check5', 'pdftotext5'), '≤ 3×'],
  ['the same with pdf.js (`YUSUAN_PDF_ENGINE=pdfjs`, the engine before)', ...pair('check5pdfjs', 'pdftotext5'), '—'],
  ['`yusuan check` 010.pdf (30 pages) / `pdftotext -layout` 010.pdf', ...pair('check1', 'pdftotext1'), '≤ 10×'],
  ['the same with pdf.js', ...pair('check1pdfjs', 'pdftotext1'), '—'],
  ['peak RSS, `yusuan check` 010.pdf (largest process: node or its pdftotext)', `${peak('check1')} MB`, '', '', '', '≤ 150 MB'],
  ['peak RSS, the same with pdf.js', `${peak('check1pdfjs')} MB`, '', '', '', '—'],
];
console.log(
  `runs: ${values.runs} (interleaved; medians); load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);
console.log('| what | wall | wall ratio | CPU | CPU ratio | goal |\n| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
if (baseBin) {
  console.log(`\nthe same commands with the base (${values.base}), interleaved in the same runs:\n`);
  console.log('| command | this wall / base wall | ratio | this CPU / base CPU | ratio | peak RSS this / base |\n| --- | --- | --- | --- | --- | --- |');
  for (const [k, what] of [
    ['help', '`yusuan --help`'],
    ['figures', '`yusuan figures` seed'],
    ['check5', '`yusuan check` 001 009 010 016 024'],
    ['check1', '`yusuan check` 010.pdf'],
  ])
    console.log(`| ${what} | ${pair(k, `${k}Base`).join(' | ')} | ${peak(k)} / ${peak(`${k}Base`)} MB |`);
}
