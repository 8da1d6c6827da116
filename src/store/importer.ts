/**
 * `yusuan import`: files and folders → read, extract, check, store. A file is skipped before parsing when its
 * content hash is stored already (idempotent). Model files (.json/.yaml, yusuan/disclosure@1) are stored as they are,
 * their narrative generated from the figures. Each document is written in its own transaction, so a bad file
 * never leaves partial data behind.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import type { Io } from '../cli/command.ts';
import { loadModel, loadSource } from '../cli/load.ts';
import { failureLine, oneLine } from '../read/failure.ts';
import { extract } from '../extract/index.ts';
import { FindingSchema, type Disclosure, type Finding } from '../model/index.ts';
import { ReadError, readInputFile, type SourceDocument } from '../read/index.ts';
import { ioReason } from '../read/file.ts';
import type { ImportResult, Store } from './store.ts';
import { narrate, sha256 } from './text.ts';
import { SAMPLE_MARK } from './samples.ts';

const EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.shtml', '.pdf', '.docx', '.xlsx', '.json', '.yaml', '.yml']);

type Checker = (d: Disclosure, docs: SourceDocument[]) => unknown;
let checker: Promise<Checker | null> | undefined;

/** `checkDisclosure` from src/check when it exists (it is built alongside); null otherwise. */
export function loadChecker(): Promise<Checker | null> {
  checker ??= import(new URL('../check/index.ts', import.meta.url).href).then(
    (m) => (typeof m.checkDisclosure === 'function' ? (m.checkDisclosure as Checker) : null),
    () => null,
  );
  return checker;
}

/** Findings for a disclosure, or null when there is no checker (or it failed on this input). */
export async function check(d: Disclosure, docs: SourceDocument[]): Promise<Finding[] | null> {
  const fn = await loadChecker();
  if (!fn) return null;
  try {
    const r = (await fn(d, docs)) as unknown;
    const list = Array.isArray(r) ? r : (r as { findings?: unknown[] } | null)?.findings;
    if (!Array.isArray(list)) return null;
    return list.flatMap((f) => {
      const p = FindingSchema.safeParse(f);
      return p.success ? [p.data] : [];
    });
  } catch {
    return null;
  }
}

/**
 * The files named, folders walked. Inside a folder only regular files and folders are taken: a link is followed
 * only when it stays inside the folder given, a folder already walked (a link loop) is not walked again, and
 * devices, FIFOs and sockets are left out, each said in one line.
 */
export async function expand(paths: string[], io: Io): Promise<{ files: string[]; missing: number }> {
  const files: string[] = [];
  let missing = 0;
  const refuse = (p: string, why: string) => {
    io.err(`yusuan: ${oneLine(p, 1000)}: ${why}`);
    missing++;
  };
  const walk = async (p: string, root: string | null, seen: Set<string>) => {
    let s;
    let real: string;
    try {
      s = await stat(p);
      real = await realpath(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return refuse(p, code === 'ENOENT' ? 'no such file or directory' : ioReason(e));
    }
    if (root !== null && real !== root && !real.startsWith(root + sep)) return refuse(p, 'a link to outside the folder being imported: not followed');
    if (s.isDirectory()) {
      const id = `${s.dev}:${s.ino}`;
      if (seen.has(id)) return refuse(p, 'a link back to a folder already read (a loop): not followed');
      seen.add(id);
      let names: string[];
      try {
        names = (await readdir(p)).sort();
      } catch (e) {
        return refuse(p, ioReason(e));
      }
      for (const name of names) if (!name.startsWith('.')) await walk(join(p, name), root ?? real, seen);
    } else if (root === null) files.push(p); // named on the command line: readInputFile says what is wrong with it
    else if (EXTENSIONS.has(extname(p).toLowerCase())) {
      if (s.isFile()) files.push(p);
      else refuse(p, 'not a regular file (a device, FIFO or socket): left out');
    }
  };
  for (const p of paths) await walk(p, null, new Set());
  return { files, missing };
}

const MODEL_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);
/** A model: a .json/.yaml file, or a file that opens by naming the model's schema (what parse and template print). */
const isModelFile = (file: string, bytes: Uint8Array) =>
  MODEL_EXTENSIONS.has(extname(file).toLowerCase()) || /^(\ufeff)?(#[^\n]*\n)*\s*(\{\s*)?"?schema"?\s*:\s*"?yusuan\/disclosure@1/.test(new TextDecoder().decode(bytes.subarray(0, 2048)));

/** Import one file: read, extract, check, store. Throws ReadError for unreadable input. */
export async function importFile(store: Store, file: string, opts: { sample?: boolean; actor?: string } = {}): Promise<ImportResult | { status: 'unchanged'; key: string | null; versionId: number | null }> {
  const bytes = await readInputFile(file);
  const hash = sha256(bytes);
  if (await store.hasVersion(hash)) return { status: 'unchanged', key: null, versionId: null };
  if (isModelFile(file, bytes)) {
    const d = await loadModel(file, bytes).catch((e) => {
      throw e instanceof ReadError ? new ReadError(file, `not a disclosure model (yusuan/disclosure@1): ${e.message}`) : e;
    });
    const sample = opts.sample ?? (d.identity.unit ?? '').includes(SAMPLE_MARK);
    return store.importDisclosure({
      disclosure: d,
      contentHash: hash,
      sources: [{ file: basename(file), format: 'model', bytes, mediaType: 'application/json' }],
      body: narrate(d),
      textOrigin: 'generated',
      findings: await check(d, []),
      sample,
      actor: opts.actor,
    });
  }
  const doc = await loadSource(file, bytes);
  const d = extract([doc]);
  return store.importDisclosure({
    disclosure: d,
    contentHash: hash,
    sources: [{ file: basename(file), format: doc.format, bytes }],
    body: doc.lines.map((l) => l.text).join('\n'),
    textOrigin: 'source',
    findings: await check(d, [doc]),
    actor: opts.actor,
  });
}

export interface ImportSummary {
  files: number;
  added: number;
  newVersions: number;
  unchanged: number;
  failed: number;
}

/** Import files and folders, reporting progress on stderr and failures as `yusuan: FILE: what is wrong`. */
export async function importPaths(store: Store, paths: string[], io: Io, opts: { quiet?: boolean; sample?: boolean } = {}): Promise<ImportSummary> {
  const { files, missing } = await expand(paths, io);
  const sum: ImportSummary = { files: files.length, added: 0, newVersions: 0, unchanged: 0, failed: missing };
  const tty = process.stderr.isTTY && !opts.quiet;
  const started = Date.now();
  for (const [i, file] of files.entries()) {
    try {
      const r = await importFile(store, file, { sample: opts.sample });
      if (r.status === 'added') sum.added++;
      else if (r.status === 'new-version') sum.newVersions++;
      else sum.unchanged++;
    } catch (e) {
      sum.failed++;
      if (tty) process.stderr.write('\r\x1b[K');
      io.err(failureLine(file, e));
    }
    if (files.length > 1 && !opts.quiet) {
      const line = `[${i + 1}/${files.length}] ${Math.round(((i + 1) * 100) / files.length)}% ${basename(file)}`;
      if (tty) process.stderr.write(`\r\x1b[K${line}`);
      else if ((i + 1) % 100 === 0 || i + 1 === files.length) io.err(line);
    }
  }
  if (tty && files.length > 1) process.stderr.write('\r\x1b[K');
  // fresh statistics after a bulk load, so that PostgreSQL plans the search indexes well
  if (store.dialect === 'postgres' && sum.added + sum.newVersions >= 100) await store.analyze();
  if (!opts.quiet)
    io.out(
      `${sum.files} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${sum.added} added, ${sum.newVersions} new version(s), ${sum.unchanged} unchanged, ${sum.failed} failed (${store.database.label})`,
    );
  return sum;
}

/** Seed an empty database from data/samples/ (the first run of `yusuan serve`). */
export async function seedIfEmpty(store: Store, io: Io, dir?: string): Promise<number> {
  const { disclosures } = await store.stats();
  if (disclosures > 0) return 0;
  const { sampleFiles } = await import('./samples.ts');
  const files = await sampleFiles(dir);
  if (!files.length) return 0;
  const s = await importPaths(store, files, io, { quiet: true });
  return s.added + s.newVersions;
}
