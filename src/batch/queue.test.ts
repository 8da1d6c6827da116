import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { main } from '../cli/main.ts';
import { seedText } from '../check/testing.ts';
import { freshPostgres } from '../store/testing.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/yusuan.mjs');
const N = 12;

const quiet = { out: () => {}, err: () => {} };

/** A worker process; resolves with its exit once it ends. */
function worker(db: string) {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', db, '--jobs', '1', '--timeout', '5', '--until-empty'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (b) => (log += b));
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done, log: () => log };
}

test('queue: two workers, one killed with SIGKILL mid-run: every document stored exactly once, counts as one machine', { timeout: 180_000 }, async (t) => {
  const db = await freshPostgres();
  if (typeof db === 'string') return t.skip(db);
  try {
    const dir = mkdtempSync(path.join(tmpdir(), 'yusuan-queue-'));
    for (let i = 0; i < N; i++) writeFileSync(path.join(dir, `d${i}.txt`), seedText().replace('重庆市渝中区科学技术局', `重庆市渝中区测试${i}局`));
    const oneMachine = path.join(dir, 'one.json');
    await main(['batch', dir, '--out', oneMachine], quiet);
    const { readFileSync } = await import('node:fs');
    const expected = JSON.parse(readFileSync(oneMachine, 'utf8')).summary;

    // (the report written above is no document: a folder's .json files are not read)
    assert.equal(await main(['batch', '--queue', '--db', db.spec, '--timeout', '5', dir], quiet), 0);
    const a = worker(db.spec);
    const b = worker(db.spec);
    // kill A as soon as it has stored a document: it is then holding its next job
    while (!/stored/.test(a.log())) {
      if (a.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    a.child.kill('SIGKILL');
    await a.done;
    assert.equal(await b.done, 0, b.log());

    const c = new pg.Client({ connectionString: db.spec });
    await c.connect();
    const { rows } = await c.query(
      'SELECT count(*)::int AS n, count(DISTINCT content_hash)::int AS d, sum(errors)::int AS e, sum(warnings)::int AS w FROM disclosure_versions',
    );
    await c.end();
    assert.deepEqual(rows[0], { n: N, d: N, e: expected.errors, w: expected.warnings });
    assert.equal(expected.checked, N);
  } finally {
    await db.drop();
  }
});
