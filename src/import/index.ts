/**
 * `yusuan import`: files and folders → groups (expand.ts) → each group's bytes read once and hashed → skipped when
 * that content is stored already (idempotent) → read, extracted and checked (prepare.ts), in an isolated worker
 * under a time and memory limit when a pool is given (src/batch/isolate.ts) → admitted as a disclosure (admit.ts)
 * → stored, each document in its own transaction. The store only stores; this stage is the pipeline above it.
 */
import { basename } from 'node:path';
import type { Io } from '../cli/command.ts';
import { IsolatedPool, type IsolateOptions } from '../batch/isolate.ts';
import { ReadError, readInputFile } from '../read/index.ts';
import { reasonOf } from '../read/failure.ts';
import type { ImportResult, Store } from '../store/store.ts';
import { sha256 } from '../store/text.ts';
import { SAMPLE_MARK } from '../store/samples.ts';
import { admit, NotADisclosure } from '../store/admit.ts';
import { prepare, type Part, type Prepared } from './prepare.ts';
import { expand } from './expand.ts';

export { expand, partGroups, AS_ONE_MARK } from './expand.ts';
export { prepare, isModelFile, type Part, type Prepared } from './prepare.ts';

type Outcome = ImportResult | { status: 'unchanged'; key: string | null; versionId: number | null };
/** The workers that read hostile files: a pool of the `import` task. */
export type ImportPool = IsolatedPool<'import'>;

export interface GroupOptions {
  sample?: boolean;
  actor?: string;
  /** the unit, for documents that name none (--unit) */
  unit?: string;
  /** read, extract and check in this pool's worker (a time and memory limit per file); in this thread without one */
  pool?: ImportPool;
}

/** Import one file: read, extract, check, store. Throws ReadError for unreadable input, NotADisclosure for others. */
export function importFile(store: Store, file: string, opts: GroupOptions = {}): Promise<Outcome> {
  return importGroup(store, [file], opts);
}

/** Read, extract and check in the pool's worker, a failure (or a limit hit) as a ReadError with its reason. */
async function prepareIn(pool: ImportPool, parts: Part[]): Promise<Prepared> {
  const o = await pool.run({ parts });
  if (!o.ok) throw new ReadError(parts.map((p) => p.name).join(' + '), o.reason);
  return o.value;
}

/**
 * Import one publication of one or more files (narrative + tables) as one disclosure. The version's hash is the
 * file's sha256, or for several files the sha256 of their hashes joined, so re-importing either way is a no-op.
 */
export async function importGroup(store: Store, files: string[], opts: GroupOptions = {}): Promise<Outcome> {
  const all = await Promise.all(files.map((f) => readInputFile(f)));
  const hash = all.length === 1 ? sha256(all[0]) : sha256(all.map((b) => sha256(b)).join('\n'));
  if (await store.hasVersion(hash)) return { status: 'unchanged', key: null, versionId: null };
  const parts = files.map((name, i) => ({ name, bytes: all[i] }));
  const p = opts.pool ? await prepareIn(opts.pool, parts) : await prepare(parts);
  const d = p.disclosure;
  d.identity.unit = admit(files, d.identity, p.head, opts.unit).unit;
  const model = p.textOrigin === 'generated';
  return store.importDisclosure({
    disclosure: d,
    contentHash: hash,
    sources: files.map((f, i) => ({ file: basename(f), format: p.formats[i], bytes: all[i], ...(model ? { mediaType: 'application/json' } : {}) })),
    body: p.body,
    textOrigin: p.textOrigin,
    findings: p.findings,
    sample: opts.sample ?? (model ? (d.identity.unit ?? '').includes(SAMPLE_MARK) : undefined),
    actor: opts.actor,
  });
}

export interface ImportSummary {
  files: number;
  added: number;
  newVersions: number;
  unchanged: number;
  /** documents that are not disclosures (checklists, templates, test files, tables without a unit) */
  refused: number;
  failed: number;
}

export interface ImportOptions extends Pick<IsolateOptions, 'timeoutMs' | 'memoryMb'> {
  quiet?: boolean;
  sample?: boolean;
  /** all given files form one disclosure */
  asOne?: boolean;
  /** the unit, for documents that name none */
  unit?: string;
  /** read each file in an isolated worker under `timeoutMs` and `memoryMb` (default true) */
  isolate?: boolean;
  /** who imports, for the audit log (`cli:USER` from the command line) */
  actor?: string;
}

/** Import files and folders, reporting progress on stderr and failures as `yusuan: FILE: what is wrong`. */
export async function importPaths(store: Store, paths: string[], io: Io, opts: ImportOptions = {}): Promise<ImportSummary> {
  const { groups, missing } = await expand(paths, io, opts.asOne);
  const files = groups.flat().length;
  const sum: ImportSummary = { files, added: 0, newVersions: 0, unchanged: 0, refused: 0, failed: missing };
  const tty = process.stderr.isTTY && !opts.quiet;
  const started = Date.now();
  const pool = opts.isolate === false ? undefined : new IsolatedPool('import', { jobs: 1, timeoutMs: opts.timeoutMs, memoryMb: opts.memoryMb });
  let done = 0;
  try {
    for (const group of groups) {
      try {
        const r = await importGroup(store, group, { sample: opts.sample, unit: opts.unit, pool, actor: opts.actor });
        if (r.status === 'added') sum.added++;
        else if (r.status === 'new-version') sum.newVersions++;
        else sum.unchanged++;
      } catch (e) {
        if (e instanceof NotADisclosure) sum.refused++;
        else sum.failed++;
        if (tty) process.stderr.write('\r\x1b[K');
        io.err(`yusuan: ${group.join(' + ')}: ${e instanceof NotADisclosure ? e.message : reasonOf(e)}`);
      }
      const before = done;
      done += group.length;
      if (files > 1 && !opts.quiet) {
        const line = `[${done}/${files}] ${Math.round((done * 100) / files)}% ${group.map((f) => basename(f)).join(' + ')}`;
        if (tty) process.stderr.write(`\r\x1b[K${line}`);
        else if (Math.floor(done / 100) > Math.floor(before / 100) || done === files) io.err(line);
      }
    }
  } finally {
    await pool?.close();
  }
  if (tty && files > 1) process.stderr.write('\r\x1b[K');
  // fresh statistics after a bulk load, so that PostgreSQL plans the search indexes well
  if (store.dialect === 'postgres' && sum.added + sum.newVersions >= 100) await store.analyze();
  if (!opts.quiet)
    io.out(
      `${sum.files} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${sum.added} added, ${sum.newVersions} new version(s), ${sum.unchanged} unchanged, ${sum.refused} refused (not a disclosure), ${sum.failed} failed (${store.database.label})`,
    );
  return sum;
}

/** Seed an empty database from data/samples/ (the first run of `yusuan serve`): our own files, read in this thread. */
export async function seedIfEmpty(store: Store, io: Io, dir?: string): Promise<number> {
  const { disclosures } = await store.stats();
  if (disclosures > 0) return 0;
  const { sampleFiles } = await import('../store/samples.ts');
  const files = await sampleFiles(dir);
  if (!files.length) return 0;
  const s = await importPaths(store, files, io, { quiet: true, isolate: false });
  return s.added + s.newVersions;
}
