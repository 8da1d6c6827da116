/**
 * The import stage: each publication read once, prepared (read → extract → check) in this thread or in an isolated
 * worker with the same result, a file past its time limit one failed line while the others are stored, and the
 * folder walk taking the readers' extensions.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { IsolatedPool } from '../batch/isolate.ts';
import { INPUT_EXTENSIONS } from '../read/index.ts';
import { Store } from '../store/store.ts';
import { expand, importGroup, importPaths, prepare } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'yusuan-import-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The synthetic fixtures, their placeholder unit (某某局, refused as a template) made a real-looking one. */
function fixtures(into: string): string[] {
  mkdirSync(into, { recursive: true });
  return ['synthetic-budget-bj.txt', 'synthetic-final-cq.txt'].map((f) => {
    const to = join(into, f);
    writeFileSync(to, readFileSync(resolve('test/fixtures', f), 'utf8').replace(/某某/g, '示例'));
    return to;
  });
}

const io = () => {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (s: string) => void lines.out.push(s), err: (s: string) => void lines.err.push(s) } };
};

test('a publication prepared in an isolated worker is the one prepared in this thread', async () => {
  const [file] = fixtures(join(dir, 'same'));
  const parts = [{ name: file, bytes: new Uint8Array(readFileSync(file)) }];
  const here = await prepare(parts);
  const pool = new IsolatedPool('import', { jobs: 1 });
  try {
    const o = await pool.run({ parts });
    assert.ok(o.ok, o.ok ? '' : o.reason);
    assert.deepEqual(o.value, here);
  } finally {
    await pool.close();
  }
  assert.equal(here.textOrigin, 'source');
  assert.ok(here.findings.length >= 0 && here.disclosure.identity.year > 2000);
});

test('a file past its time limit costs one line; the others are stored, and a re-run stores it', async () => {
  const folder = join(dir, 'slow');
  fixtures(folder);
  writeFileSync(join(folder, 'junk.txt'), 'hello');
  const store = await Store.open(join(dir, 'slow.db'));
  try {
    const limited = io();
    const s = await importPaths(store, [folder], limited.io, { quiet: true, timeoutMs: 1 });
    assert.equal(s.failed, 3);
    assert.equal(limited.lines.err.length, 3);
    for (const l of limited.lines.err) assert.match(l, /^yusuan: .*\.txt: took longer than 1 ms \(stopped\)$/);
    const normal = io();
    const again = await importPaths(store, [folder], normal.io, { quiet: true });
    assert.deepEqual([again.added, again.failed], [2, 1]);
    assert.deepEqual(normal.lines.err, [`yusuan: ${join(folder, 'junk.txt')}: no year found: is this a budget disclosure?`]);
    // idempotent: the same content again is unchanged, read once and skipped by its hash
    const third = await importPaths(store, [folder], io().io, { quiet: true, isolate: false });
    assert.deepEqual([third.added, third.unchanged], [0, 2]);
  } finally {
    await store.close();
  }
});

test('a model file is stored as a model, its text generated', async () => {
  const store = await Store.open(join(dir, 'model.db'));
  try {
    const sample = join(
      'data/samples',
      (await import('node:fs')).readdirSync('data/samples').find((f) => f.endsWith('.json'))!,
    );
    const r = await importGroup(store, [sample]);
    assert.equal(r.status, 'added');
    const v = await store.db.selectFrom('disclosure_versions').select(['text_origin']).executeTakeFirstOrThrow();
    assert.equal(v.text_origin, 'generated');
  } finally {
    await store.close();
  }
});

test('folders are walked for every extension the readers take (one list: src/read)', async () => {
  const folder = join(dir, 'walk');
  mkdirSync(folder);
  for (const ext of [...INPUT_EXTENSIONS, '.json', '.doc', '.png']) writeFileSync(join(folder, `a${ext}`), 'x');
  const { groups } = await expand([folder], io().io);
  const taken = groups
    .flat()
    .map((f) => f.slice(f.lastIndexOf('.')))
    .sort();
  assert.deepEqual(taken, [...INPUT_EXTENSIONS, '.json'].sort());
  assert.ok(INPUT_EXTENSIONS.includes('.xhtml'));
});
