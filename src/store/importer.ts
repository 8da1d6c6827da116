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
import { oneLine } from '../read/failure.ts';
import { extract } from '../extract/index.ts';
import { FindingSchema, type Disclosure, type Finding } from '../model/index.ts';
import { ReadError, readInputFile, type SourceDocument } from '../read/index.ts';
import { ioReason } from '../read/file.ts';
import type { ImportResult, Store } from './store.ts';
import { narrate, sha256 } from './text.ts';
import { SAMPLE_MARK } from './samples.ts';
import { admit, NotADisclosure } from './admit.ts';

const EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.shtml', '.pdf', '.docx', '.xlsx', '.json', '.yaml', '.yml']);

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

const MODEL_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);
/** A model: a .json/.yaml file, or a file that opens by naming the model's schema (what parse and template print). */
const isModelFile = (file: string, bytes: Uint8Array) =>
  MODEL_EXTENSIONS.has(extname(file).toLowerCase()) || /^(\ufeff)?(#[^\n]*\n)*\s*(\{\s*)?"?schema"?\s*:\s*"?yusuan\/disclosure@1/.test(new TextDecoder().decode(bytes.subarray(0, 2048)));

type Outcome = ImportResult | { status: 'unchanged'; key: string | null; versionId: number | null };
interface GroupOptions {
  sample?: boolean;
  actor?: string;
  /** the unit, for documents that name none (--unit) */
  unit?: string;
}

/** Import one file: read, extract, check, store. Throws ReadError for unreadable input, NotADisclosure for others. */
export function importFile(store: Store, file: string, opts: GroupOptions = {}): Promise<Outcome> {
  return importGroup(store, [file], opts);
}

/**
 * Import one publication of one or more files (narrative + tables) as one disclosure. The version's hash is the
 * file's sha256, or for several files the sha256 of their hashes joined, so re-importing either way is a no-op.
 */
export async function importGroup(store: Store, files: string[], opts: GroupOptions = {}): Promise<Outcome> {
  const all = await Promise.all(files.map((f) => readInputFile(f)));
  const hash = all.length === 1 ? sha256(all[0]) : sha256(all.map((b) => sha256(b)).join('\n'));
  if (await store.hasVersion(hash)) return { status: 'unchanged', key: null, versionId: null };
  if (files.length === 1 && isModelFile(files[0], all[0])) {
    const [file, bytes] = [files[0], all[0]];
    const d = await loadModel(file, bytes).catch((e) => {
      throw e instanceof ReadError ? new ReadError(file, `not a disclosure model (yusuan/disclosure@1): ${e.message}`) : e;
    });
    d.identity.unit = admit(files, d.identity, '', opts.unit).unit;
    return store.importDisclosure({
      disclosure: d,
      contentHash: hash,
      sources: [{ file: basename(file), format: 'model', bytes, mediaType: 'application/json' }],
      body: narrate(d),
      textOrigin: 'generated',
      findings: await check(d, []),
      sample: opts.sample ?? (d.identity.unit ?? '').includes(SAMPLE_MARK),
      actor: opts.actor,
    });
  }
  const docs = await Promise.all(files.map((f) => loadSource(f)));
  const d = extract(docs);
  const head = docs[0].lines.slice(0, 10).map((l) => l.text).join('\n');
  d.identity.unit = admit(files, d.identity, head, opts.unit).unit;
  return store.importDisclosure({
    disclosure: d,
    contentHash: hash,
    sources: docs.map((doc, i) => ({ file: basename(files[i]), format: doc.format, bytes: all[i] })),
    body: docs.map((doc) => doc.lines.map((l) => l.text).join('\n')).join('\n'),
    textOrigin: 'source',
    findings: await check(d, docs),
    actor: opts.actor,
  });
}

/**
 * Files and folders → groups of files, each group one disclosure. A group has several files when `asOne` is set
 * (everything given is one publication), when a folder holds an `.as-one` file (its files are one publication), or
 * when files in one folder differ only by a trailing part letter (`012a.pdf`, `012b.pdf`: narrative and tables).
 * Inside a folder only regular files and folders are taken: a link is followed only when it stays inside the folder
 * given, a folder already walked (a link loop) is not walked again, and devices, FIFOs and sockets are left out,
 * each said in one line.
 */
export async function expand(paths: string[], io: Io, asOne = false): Promise<{ groups: string[][]; missing: number }> {
  const groups: string[][] = [];
  let missing = 0;
  const refuse = (p: string, why: string) => {
    io.err(`yusuan: ${oneLine(p, 1000)}: ${why}`);
    missing++;
  };
  /** A path's kind, or undefined once refused. */
  const look = async (p: string, root: string | null) => {
    try {
      const s = await stat(p);
      const real = await realpath(p);
      if (root !== null && real !== root && !real.startsWith(root + sep)) return refuse(p, 'a link to outside the folder being imported: not followed');
      return { s, real };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return refuse(p, code === 'ENOENT' ? 'no such file or directory' : ioReason(e));
    }
  };
  const walk = async (p: string, root: string | null, seen: Set<string>) => {
    const found = await look(p, root);
    if (!found) return;
    const { s, real } = found;
    // named on the command line: readInputFile says what is wrong with it
    if (!s.isDirectory()) return void groups.push([p]);
    const id = `${s.dev}:${s.ino}`;
    if (seen.has(id)) return refuse(p, 'a link back to a folder already read (a loop): not followed');
    seen.add(id);
    let names: string[];
    try {
      names = (await readdir(p)).sort();
    } catch (e) {
      return refuse(p, ioReason(e));
    }
    const files: string[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = join(p, name);
      const inner = await look(full, root ?? real);
      if (!inner) continue;
      if (inner.s.isDirectory()) await walk(full, root ?? real, seen);
      else if (!EXTENSIONS.has(extname(name).toLowerCase())) continue;
      else if (inner.s.isFile()) files.push(full);
      else refuse(full, 'not a regular file (a device, FIFO or socket): left out');
    }
    if (names.includes(AS_ONE_MARK) && files.length) groups.push(files);
    else groups.push(...partGroups(files));
  };
  for (const p of paths) await walk(p, null, new Set());
  if (asOne && groups.length) return { groups: [groups.flat()], missing };
  return { groups, missing };
}

/** The marker file that makes a folder one publication. */
export const AS_ONE_MARK = '.as-one';

/** Files whose names differ only by a trailing part letter (012a.pdf, 012b.pdf) form one group; others stand alone. */
export function partGroups(files: string[]): string[][] {
  const keyOf = (f: string) => {
    const stem = /^(.*[^a-z])[a-z]$/i.exec(basename(f, extname(f)))?.[1];
    return stem === undefined ? undefined : `${stem}\u0000${extname(f).toLowerCase()}`;
  };
  const by = new Map<string, string[]>();
  for (const f of files) {
    const k = keyOf(f);
    if (k !== undefined) by.set(k, [...(by.get(k) ?? []), f]);
  }
  const out: string[][] = [];
  for (const f of files) {
    const g = by.get(keyOf(f) ?? '');
    if (!g || g.length < 2) out.push([f]);
    else if (g[0] === f) out.push(g);
  }
  return out;
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

export interface ImportOptions {
  quiet?: boolean;
  sample?: boolean;
  /** all given files form one disclosure */
  asOne?: boolean;
  /** the unit, for documents that name none */
  unit?: string;
}

/** Import files and folders, reporting progress on stderr and failures as `yusuan: FILE: what is wrong`. */
export async function importPaths(store: Store, paths: string[], io: Io, opts: ImportOptions = {}): Promise<ImportSummary> {
  const { groups, missing } = await expand(paths, io, opts.asOne);
  const files = groups.flat().length;
  const sum: ImportSummary = { files, added: 0, newVersions: 0, unchanged: 0, refused: 0, failed: missing };
  const tty = process.stderr.isTTY && !opts.quiet;
  const started = Date.now();
  let done = 0;
  for (const group of groups) {
    try {
      const r = await importGroup(store, group, { sample: opts.sample, unit: opts.unit });
      if (r.status === 'added') sum.added++;
      else if (r.status === 'new-version') sum.newVersions++;
      else sum.unchanged++;
    } catch (e) {
      if (e instanceof NotADisclosure) sum.refused++;
      else sum.failed++;
      if (tty) process.stderr.write('\r\x1b[K');
      const why = e instanceof ReadError || e instanceof NotADisclosure ? e.message : `could not import: ${(e as Error).message}`;
      io.err(`yusuan: ${group.join(' + ')}: ${why}`);
    }
    const before = done;
    done += group.length;
    if (files > 1 && !opts.quiet) {
      const line = `[${done}/${files}] ${Math.round((done * 100) / files)}% ${group.map((f) => basename(f)).join(' + ')}`;
      if (tty) process.stderr.write(`\r\x1b[K${line}`);
      else if (Math.floor(done / 100) > Math.floor(before / 100) || done === files) io.err(line);
    }
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
