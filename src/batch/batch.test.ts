import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { main } from '../cli/main.ts';
import { seedText } from '../check/testing.ts';
import { IsolatedPool } from './isolate.ts';

const PDF = path.resolve(import.meta.dirname, '../../../shared/corpus/original/001.pdf');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

/** A ZIP with one deflated entry whose central directory declares `declared` bytes (a liar is a zip bomb). */
function zipOf(name: string, content: Uint8Array, declared = content.length): Buffer {
  const data = deflateRawSync(content);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = 30 + n.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

const dir = mkdtempSync(path.join(tmpdir(), 'yusuan-batch-'));
writeFileSync(path.join(dir, 'a.txt'), seedText());
writeFileSync(path.join(dir, 'b.txt'), seedText().replace('重庆市渝中区科学技术局', '重庆市渝中区测试局'));
writeFileSync(path.join(dir, 'empty.txt'), '');
writeFileSync(path.join(dir, 'bomb.zip'), zipOf('bomb.txt', new Uint8Array(50 * 1024 * 1024), 1000));
writeFileSync(path.join(dir, 'docs.zip'), zipOf('inner/c.txt', new TextEncoder().encode(seedText().replace('科学技术局', '档案局'))));

test('yusuan batch: a folder with a ZIP, an empty file and a zip bomb; every input one row; a second run resumes', async () => {
  const out = path.join(dir, 'report.json');
  const r = io();
  const code = await main(['batch', dir, '--out', out, '--jobs', '2'], r.io);
  assert.equal(code, 2, r.err.join('\n')); // some documents failed
  const report = JSON.parse(readFileSync(out, 'utf8'));
  type Row = { file: string; row: { unit: string }; counts: { warning: number }; reason: string };
  const byFile = new Map((report.rows as Row[]).map((x) => [path.basename(x.file), x]));
  assert.equal(report.rows.length, 5);
  assert.equal(byFile.get('a.txt')!.row.unit, '重庆市渝中区科学技术局');
  assert.equal(byFile.get('a.txt')!.counts.warning, 2); // the seed's two template instructions
  assert.equal(byFile.get('c.txt')!.row.unit, '重庆市渝中区档案局');
  assert.match(byFile.get('empty.txt')!.reason, /empty file/);
  assert.match(byFile.get('bomb.txt')!.reason, /zip bomb/);
  assert.ok(report.figures.some((f: { key: string; value: string }) => f.key === 'income.total'));
  assert.ok(report.regions.length >= 1 && report.units.length >= 3);
  assert.equal(r.out.length, 5); // one JSON line per document (not a terminal)
  assert.ok(
    r.err.some((l) => /^yusuan: .*empty\.txt: empty file$/.test(l)),
    r.err.join('\n'),
  );
  const again = io();
  await main(['batch', dir, '--out', out], again.io);
  const statuses = again.out.map((l) => JSON.parse(l).status);
  assert.equal(statuses.filter((s) => s === 'skipped').length, 4, again.out.join('\n'));
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).rows.length, 5);
});

test('yusuan batch: --as-one-by joins files into one disclosure; csv and html reports with the figures dataset', async () => {
  const g = mkdtempSync(path.join(tmpdir(), 'yusuan-batch-group-'));
  const [head, tail] = [seedText().slice(0, 2000), seedText().slice(2000)];
  writeFileSync(path.join(g, 'x-1.txt'), head);
  writeFileSync(path.join(g, 'x-2.txt'), tail);
  const csv = path.join(g, 'r.csv');
  const r = io();
  await main(['batch', g, '--out', csv, '--as-one-by', 'x-'], r.io);
  const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.match(lines[1], /x-1\.txt \+ .*x-2\.txt/);
  assert.ok(existsSync(path.join(g, 'r.figures.csv')));
  const html = path.join(g, 'r.html');
  await main(['batch', g, '--out', html], io().io);
  const page = readFileSync(html, 'utf8');
  assert.match(page, /<svg/);
  assert.match(page, /透明度评分/);
});

test('isolate: a document over its time limit costs its own call; the next one runs', async () => {
  const pool = new IsolatedPool('check', { jobs: 1 });
  try {
    const slow = await pool.run({ parts: [{ name: '001.pdf', bytes: new Uint8Array(readFileSync(PDF)) }] }, [], { timeoutMs: 50 });
    assert.equal(slow.ok, false);
    assert.match(!slow.ok ? slow.reason : '', /took longer than 50 ms/);
    const next = await pool.run({ parts: [{ name: 'seed.txt', bytes: new TextEncoder().encode(seedText()) }] });
    assert.equal(next.ok, true);
    assert.equal(next.ok && next.value.unit, '重庆市渝中区科学技术局');
  } finally {
    await pool.close();
  }
});

test('isolate: a worker over its memory limit fails its call with the reason, not the caller', async () => {
  const pool = new IsolatedPool('check', { jobs: 1, memoryMb: 8, timeoutMs: 60_000 });
  try {
    const o = await pool.run({ parts: [{ name: '001.pdf', bytes: new Uint8Array(readFileSync(PDF)) }] });
    assert.equal(o.ok, false);
    assert.match(!o.ok ? o.reason : '', /memory|worker/);
  } finally {
    await pool.close();
  }
});
