// `npm test` and `npm run test:unit`: runs the *.test.ts files under src/ and test/ with node:test, in tiers and in
// few processes.
//
// Tiers (CONTRIBUTING.md): a test file that reaches test/shared.ts through its imports needs the shared data
// (../shared or YUSUAN_SHARED): the corpus tier. Else a file named *browser*.test.ts or *ocr*.test.ts needs Chromium
// or Tesseract: the browser tier. A file named *stress*.test.ts (kill -9 at many moments, minutes long) is the
// stress tier. Every other file is a unit test: it needs nothing outside the repository.
//   node scripts/run-tests.mjs           all tiers (without the shared data: the others, and that said once)
//   node scripts/run-tests.mjs --unit    the unit tier only
//   node scripts/run-tests.mjs --list    the tier of each file, nothing run
//   node scripts/run-tests.mjs FILE…     those files, one process each (as before)
//
// Processes: Node 20 has no --experimental-test-isolation, so the files of one folder under src/ are imported by one
// generated entry file and run in one process (they share the loaded modules: zod, pdf.js, the model); a file under
// test/ (end to end, slow) runs alone. node --test runs the entries two at a time, the slowest first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { reachable, sourceFiles } = await import('./import-graph.ts');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const SHARED_HELPER = resolve('test/shared.ts');
const shared = resolve(process.env.YUSUAN_SHARED || '../shared');
const hasShared = existsSync(join(shared, 'corpus'));

/** The tier of a test file: unit, corpus (needs the shared data), browser (needs Chromium or Tesseract) or stress (slow). */
function tierOf(file, cache) {
  if (reachable(file, cache).has(SHARED_HELPER)) return 'corpus';
  if (/stress[^/]*\.test\.ts$/.test(basename(file))) return 'stress';
  return /(browser|ocr)[^/]*\.test\.ts$/.test(basename(file)) ? 'browser' : 'unit';
}

/** One group a folder under src/ (the rule folders together); a file under test/ alone. */
function groupOf(file) {
  const rel = relative(root, file);
  if (rel.startsWith('test/')) return rel;
  if (rel.startsWith('src/check/rules/')) return 'src/check/rules';
  return dirname(rel);
}

function run(files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
  return r.status ?? 1;
}

const named = args.filter((a) => !a.startsWith('--'));
if (named.length) process.exit(run(named));

const cache = new Map();
const all = sourceFiles(['src', 'test'], (n) => n.endsWith('.test.ts')).map((file) => ({ file, tier: tierOf(file, cache) }));
if (args.includes('--list')) {
  for (const { file, tier } of all) console.log(`${tier.padEnd(8)}${relative(root, file)}`);
  process.exit(0);
}
let chosen = args.includes('--unit') ? all.filter((t) => t.tier === 'unit') : all;
if (!hasShared && chosen.some((t) => t.tier === 'corpus')) {
  const left = chosen.filter((t) => t.tier === 'corpus').length;
  console.log(
    `# yusuan tests: the shared data folder ${shared} is missing (clone it beside the repository as ../shared, or set YUSUAN_SHARED): ${left} test files that need it are left out`,
  );
  chosen = chosen.filter((t) => t.tier !== 'corpus');
}

const groups = new Map();
for (const { file } of chosen) groups.set(groupOf(file), [...(groups.get(groupOf(file)) ?? []), file]);
const dir = mkdtempSync(join(tmpdir(), 'yusuan-tests-'));
let status;
try {
  // the slowest first, so that the two workers finish together: the end-to-end files of test/ (OCR of a scanned
  // PDF, every corpus PDF), then the folders with the most files
  const order = ([a, fa], [b, fb]) => Number(b.startsWith('test/')) - Number(a.startsWith('test/')) || fb.length - fa.length;
  const entries = [...groups].sort(order).map(([name, files]) => {
    const entry = join(dir, `${name.replace(/[/.]/g, '_')}.test.mjs`);
    writeFileSync(entry, files.map((f) => `import ${JSON.stringify(pathToFileURL(f).href)};\n`).join(''));
    return entry;
  });
  console.log(`# yusuan tests: ${chosen.length} files in ${entries.length} processes`);
  status = run(entries);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
