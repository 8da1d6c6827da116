// Issue 4, must show: what a person sees. The PDF prints on A4 with embedded CID TrueType fonts (no Type 3), its
// pages render to PNG, its text extracts as the Chinese that was written (no radical code points, no tofu);
// the DOCX converts with LibreOffice headless without error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readDocument } from '../read/index.ts';
import { extract } from '../extract/index.ts';
import { closeRenderer, render } from './index.ts';
import { renderMarkdown } from './md.ts';
import { buildDocument } from './build.ts';
import { SEED } from '../../test/shared.ts';

const run = promisify(execFile);
let dir = '';
const seed = extract([await readDocument(SEED, await readFile(SEED))]);

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'yusuan-write-'));
});
after(async () => {
  await closeRenderer();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const RADICALS = /[\u2e80-\u2fdf]/u;

test('the PDF: A4, CID TrueType fonts only, Chinese text extracts as written, pages render to PNG', async () => {
  const pdf = path.join(dir, 'seed.pdf');
  await writeFile(pdf, await render(seed, 'pdf'));

  const info = (await run('pdfinfo', [pdf])).stdout;
  assert.match(info, /Page size:\s+59[56](\.\d+)? x 84[123](\.\d+)? pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  assert.ok(pages >= 3, `${pages} pages`);

  const fonts = (await run('pdffonts', [pdf])).stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  assert.ok(fonts.length > 0);
  for (const f of fonts) {
    assert.doesNotMatch(f, /Type 3/, `no Type 3 font: ${f}`);
    assert.match(f, /CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/, `embedded, subset, with ToUnicode: ${f}`);
  }

  const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
  assert.doesNotMatch(text, RADICALS, 'no CJK radical code points');
  assert.doesNotMatch(text, /\ufffd/, 'no replacement characters');
  // every line of the narrative is in the PDF's text, character for character (line breaks aside)
  const flat = text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
  const md = renderMarkdown(buildDocument(seed, { tables: false }));
  for (const line of md
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').replace(/\s+/g, ''))
    .filter(Boolean)) {
    assert.ok(flat.includes(line), `PDF text holds: ${line}`);
  }
  assert.ok(/—\s*1\s*—/.test(text), 'page number “— 1 —”');

  await run('pdftoppm', ['-r', '40', '-png', pdf, path.join(dir, 'page')]);
  const pngs = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f));
  assert.equal(pngs.length, pages);
  for (const p of pngs) assert.ok((await stat(path.join(dir, p))).size > 2000, `${p} has content`);
});

test('the DOCX converts with LibreOffice headless, and says the same', { timeout: 180_000 }, async () => {
  const docx = path.join(dir, 'seed.docx');
  await writeFile(docx, await render(seed, 'docx'));
  const profile = path.join(dir, 'lo-profile');
  const outDir = path.join(dir, 'lo');
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { timeout: 170_000 });
  const out = path.join(outDir, 'seed.pdf');
  const text = (await run('pdftotext', [out, '-'])).stdout.replace(/\s+/g, '');
  assert.ok(text.includes('2024年“三公”经费预算4.30万元，比2023年减少1.00万元'), 'the 三公 sentence');
  assert.ok(text.includes('部门收支总表'), 'the tables');
});
