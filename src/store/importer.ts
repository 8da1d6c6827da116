/**
 * `yusuan import`: files and folders → read, extract, check, store. A file is skipped before parsing when its
 * content hash is stored already (idempotent). Model files (.json, yusuan/disclosure@1) are stored as they are,
 * their narrative generated from the figures. Each document is written in its own transaction, so a bad file
 * never leaves partial data behind.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Io } from '../cli/command.ts';
import { loadSource } from '../cli/load.ts';
import { extract } from '../extract/index.ts';
import { DisclosureSchema, FindingSchema, type Disclosure, type Finding } from '../model/index.ts';
import { ReadError, type SourceDocument } from '../read/index.ts';
import type { ImportResult, Store } from './store.ts';
import { narrate, sha256 } from './text.ts';
import { SAMPLE_MARK } from './samples.ts';

const EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.shtml', '.pdf', '.docx', '.xlsx', '.json']);

type Checker = (d: Disclosure, docs: SourceDocument[]) => unknown;
let checker: Promise<Checker | null> | undefined;

/** `checkDisclosure` from src/check when it exists (it is built alongside); null otherwise. */
export function loadChecker(): Promise<Checker | null> {
  // a literal specifier, so that the compiled build (scripts/build.mjs) bundles the checker as a chunk
  checker ??= import('../check/index.ts').then(
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

export async function expand(paths: string[], io: Io): Promise<{ files: string[]; missing: number }> {
  const files: string[] = [];
  let missing = 0;
  const walk = async (p: string, top: boolean) => {
    let s;
    try {
      s = await stat(p);
    } catch {
      io.err(`yusuan: ${p}: no such file or directory`);
      missing++;
      return;
    }
    if (s.isDirectory()) {
      for (const name of (await readdir(p)).sort()) if (!name.startsWith('.')) await walk(join(p, name), false);
    } else if (top || EXTENSIONS.has(extname(p).toLowerCase())) files.push(p);
  };
  for (const p of paths) await walk(p, true);
  return { files, missing };
}

const isModelFile = (file: string, bytes: Uint8Array) => extname(file).toLowerCase() === '.json' || (bytes[0] === 0x7b && /"yusuan\/disclosure@1"/.test(new TextDecoder().decode(bytes.subarray(0, 200))));

/** Import one file: read, extract, check, store. Throws ReadError for unreadable input. */
export async function importFile(store: Store, file: string, opts: { sample?: boolean; actor?: string } = {}): Promise<ImportResult | { status: 'unchanged'; key: string | null; versionId: number | null }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message);
  }
  const hash = sha256(bytes);
  if (await store.hasVersion(hash)) return { status: 'unchanged', key: null, versionId: null };
  if (isModelFile(file, bytes)) {
    let d: Disclosure;
    try {
      d = DisclosureSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
    } catch (e) {
      throw new ReadError(file, `not a disclosure model (yusuan/disclosure@1): ${((e as Error).message ?? '').split('\n')[0].slice(0, 160)}`);
    }
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
  const doc = await loadSource(file);
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
      io.err(`yusuan: ${file}: ${e instanceof ReadError ? e.message : `could not import: ${(e as Error).message}`}`);
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
