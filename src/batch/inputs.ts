/**
 * What a batch reads: files, folders (walked, dot-files skipped) and ZIP archives (each entry a document). An
 * entry is unpacked only when its turn comes, under the same limits as a file and with its declared size as the
 * cap, so a zip bomb costs its own row. `--as-one-by` joins the files whose names share a key into one disclosure.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ReadError, MAX_INPUT_BYTES } from '../read/index.ts';
import { zipEntries, MAX_RATIO, type ZipEntry } from '../read/zip-guard.ts';

/** The document formats a batch reads from a folder or an archive (a file named on the command line is always read). */
const DOCUMENTS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.shtml', '.pdf', '.docx', '.xlsx']);

export interface Source {
  name: string;
  load(): Promise<Uint8Array>;
}

/** One row of the report: the files of one disclosure, or an input that could not be opened. */
export interface Item {
  name: string;
  sources: Source[];
  error?: string;
}

export async function collectItems(paths: string[], asOneBy?: RegExp): Promise<Item[]> {
  const items: Item[] = [];
  const walk = async (p: string, top: boolean): Promise<void> => {
    let s;
    try {
      s = await stat(p);
    } catch {
      items.push({ name: p, sources: [], error: 'no such file or directory' });
      return;
    }
    const ext = extname(p).toLowerCase();
    if (s.isDirectory()) {
      for (const name of (await readdir(p)).sort()) if (!name.startsWith('.')) await walk(join(p, name), false);
    } else if (ext === '.zip') {
      items.push(...(await zipItems(p, s.size)));
    } else if (top || DOCUMENTS.has(ext)) {
      items.push({ name: p, sources: [fileSource(p)] });
    }
  };
  for (const p of paths) await walk(p, true);
  return asOneBy ? groupItems(items, asOneBy) : items;
}

function fileSource(file: string): Source {
  return {
    name: file,
    async load() {
      try {
        const s = await stat(file);
        if (s.size > MAX_INPUT_BYTES) throw new ReadError(file, `file too large (${s.size} bytes; the limit is ${MAX_INPUT_BYTES})`);
        return await readFile(file);
      } catch (e) {
        if (e instanceof ReadError) throw e;
        throw new ReadError(file, (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message);
      }
    },
  };
}

async function zipItems(file: string, size: number): Promise<Item[]> {
  if (size > MAX_INPUT_BYTES) return [{ name: file, sources: [], error: `file too large (${size} bytes; the limit is ${MAX_INPUT_BYTES})` }];
  let bytes: Uint8Array;
  let entries: ZipEntry[];
  try {
    bytes = await readFile(file);
    entries = zipEntries(file, bytes);
  } catch (e) {
    return [{ name: file, sources: [], error: (e as Error).message }];
  }
  const docs = entries.filter(
    (e) => !e.name.endsWith('/') && !e.name.split('/').some((p) => p.startsWith('.') || p === '__MACOSX') && DOCUMENTS.has(extname(e.name).toLowerCase()),
  );
  if (!docs.length) return [{ name: file, sources: [], error: 'the archive holds no document yusuan reads' }];
  return docs.map((e) => {
    const name = `${file}/${e.name}`;
    return { name, sources: [{ name, load: async () => unzipEntry(name, bytes, e) }] };
  });
}

/** One entry's bytes, refused when it declares too much, compresses absurdly, or unpacks to more than it declares. */
export function unzipEntry(name: string, b: Uint8Array, e: ZipEntry): Uint8Array {
  if (e.size > MAX_INPUT_BYTES)
    throw new ReadError(name, `unpacks to ${Math.round(e.size / 1048576)} MB (limit ${MAX_INPUT_BYTES / 1048576} MB): refused as a possible zip bomb`);
  if (e.size > 1048576 && e.size > MAX_RATIO * Math.max(1, e.compressed)) {
    throw new ReadError(name, `absurd compression ratio (${Math.round(e.size / Math.max(1, e.compressed))}:1): refused as a possible zip bomb`);
  }
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const lh = e.localOffset;
  if (lh + 30 > b.length || dv.getUint32(lh, true) !== 0x04034b50) throw new ReadError(name, 'broken archive (the entry is missing)');
  const start = lh + 30 + dv.getUint16(lh + 26, true) + dv.getUint16(lh + 28, true);
  if (start + e.compressed > b.length) throw new ReadError(name, 'broken archive (the entry is cut off)');
  const data = b.subarray(start, start + e.compressed);
  if (e.method === 0) return data.slice();
  if (e.method !== 8) throw new ReadError(name, `compression method ${e.method} is not supported`);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
  } catch (err) {
    const tooBig = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|buffer/i.test((err as Error).message);
    throw new ReadError(name, tooBig ? 'unpacks to more than it declares: refused as a possible zip bomb' : `broken archive entry (${(err as Error).message})`);
  }
  if (out.length !== e.size) throw new ReadError(name, 'unpacks to a size other than it declares: broken or hostile archive');
  return out;
}

/** Items whose names give the same key (the first group of PATTERN, or its whole match) become one disclosure. */
export function groupItems(items: Item[], pattern: RegExp): Item[] {
  const out: Item[] = [];
  const byKey = new Map<string, Item>();
  for (const it of items) {
    const m = it.error ? null : pattern.exec(it.name);
    if (!m) {
      out.push(it);
      continue;
    }
    const key = m[1] ?? m[0];
    const group = byKey.get(key);
    if (group) {
      group.sources.push(...it.sources);
      group.name = `${group.name} + ${it.name}`;
    } else {
      const g = { name: it.name, sources: [...it.sources] };
      byKey.set(key, g);
      out.push(g);
    }
  }
  return out;
}
