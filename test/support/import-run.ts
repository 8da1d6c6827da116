/**
 * `yusuan import` as a separate process, for the crash and concurrency tests of the store: run it (optionally
 * killed with SIGKILL at a chosen moment), and count what a database holds, per table and per stored version, so
 * that a duplicate or a half-written document shows.
 */
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { Store } from '../../src/store/store.ts';
import { freshDb, type TestDb } from '../../src/store/testing.ts';

const BIN = resolve('bin', 'yusuan.mjs');
const FIXTURES = resolve('test', 'fixtures');

/** A folder of inputs: `models` sample models (fast) and the fixture texts (read, extracted and checked). */
export function importInputs(dir: string, models = 12): string {
  const folder = join(dir, 'in');
  mkdirSync(folder, { recursive: true });
  for (const f of readdirSync('data/samples')
    .filter((f) => f.endsWith('.json'))
    .slice(0, models))
    copyFileSync(join('data/samples', f), join(folder, f));
  // the synthetic fixtures name their unit 某某局, which the importer refuses as a template: here they stand for real ones
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')))
    writeFileSync(join(folder, f), readFileSync(join(FIXTURES, f), 'utf8').replace(/某某/g, '示例'));
  return folder;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  /** ms from the start to the exit */
  ms: number;
  /** ms from the start to when `killWhen` first held */
  touchedMs?: number;
}

/**
 * Run the CLI. `killWhen` is polled every few ms from the start; once true, the time is noted and the process is
 * killed (SIGKILL) `killAfterMs` later (not at all without `killAfterMs`). Without `killWhen`, `killAfterMs` counts
 * from the start.
 */
export function cli(args: string[], opts: { killAfterMs?: number; killWhen?: () => boolean | Promise<boolean> } = {}): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let exited = false;
    let touchedMs: number | undefined;
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    let timer: NodeJS.Timeout | undefined;
    if (opts.killWhen) {
      const poll = async () => {
        while (!exited && !(await opts.killWhen!())) await new Promise((r) => setTimeout(r, 2));
        if (exited) return;
        touchedMs = performance.now() - started;
        if (opts.killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
      };
      void poll();
    } else if (opts.killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
    child.on('exit', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      done({ code, signal, out, err, ms: performance.now() - started, touchedMs });
    });
  });
}

const TABLES = ['organisations', 'disclosures', 'disclosure_versions', 'blobs', 'version_sources', 'figures', 'findings', 'search_docs', 'audit_log'] as const;

/** What the store holds: rows per table, disclosures without their latest version, and each version's parts by content hash. */
export async function storeCounts(spec: string): Promise<{ tables: Record<string, number>; versions: Record<string, string> }> {
  const store = await Store.open(spec);
  try {
    const tables: Record<string, number> = {};
    for (const table of TABLES) {
      const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(store.db);
      tables[table] = Number(r.rows[0].n);
    }
    const orphans = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM disclosures d WHERE NOT EXISTS (SELECT 1 FROM disclosure_versions v WHERE v.id = d.latest_version_id)`.execute(store.db);
    tables.orphans = Number(orphans.rows[0].n);
    const per = await sql<{ h: string; f: number; s: number; q: number; x: number }>`
      SELECT v.content_hash AS h,
        (SELECT count(*) FROM figures WHERE version_id = v.id) AS f,
        (SELECT count(*) FROM version_sources WHERE version_id = v.id) AS s,
        (SELECT count(*) FROM search_docs WHERE version_id = v.id) AS q,
        (SELECT count(*) FROM findings WHERE version_id = v.id) AS x
      FROM disclosure_versions v`.execute(store.db);
    const versions = Object.fromEntries(per.rows.map((r) => [r.h, `${r.f} figures, ${r.s} sources, ${r.q} search rows, ${r.x} findings`]));
    return { tables, versions };
  } finally {
    await store.close();
  }
}

export interface CleanImport {
  dir: string;
  folder: string;
  /** what a clean import of the folder stores */
  clean: Awaited<ReturnType<typeof storeCounts>>;
  /** how long it took, ms */
  ms: number;
}

/** A new database (kept in `made`, for dropping) with a clean import of a new input folder; or why there is no database. */
export async function cleanImport(backend: TestDb['label'], made: TestDb[], models = 12): Promise<CleanImport | string> {
  const probe = await freshDb(backend);
  if (typeof probe === 'string') return probe;
  made.push(probe);
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-import-run-'));
  const folder = importInputs(dir, models);
  const r = await cli(['import', folder, '--db', probe.spec]);
  assert.equal(r.code, 0, r.err);
  return { dir, folder, clean: await storeCounts(probe.spec), ms: r.ms };
}
