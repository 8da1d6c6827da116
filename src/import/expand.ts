/**
 * Files and folders → groups of files, each group one disclosure. Only what the readers read is taken from a
 * folder (the input extensions of src/read and the model files); links and special files are refused in one line.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import type { Io } from '../cli/command.ts';
import { oneLine } from '../read/failure.ts';
import { ioReason } from '../read/file.ts';
import { INPUT_EXTENSIONS } from '../read/index.ts';
import { MODEL_EXTENSIONS } from './prepare.ts';

const EXTENSIONS = new Set([...INPUT_EXTENSIONS, ...MODEL_EXTENSIONS]);

/** The marker file that makes a folder one publication. */
export const AS_ONE_MARK = '.as-one';

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
