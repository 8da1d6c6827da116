import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';

/** The npm packages an output chunk loads when it is imported: its static imports, followed through chunks. */
function staticPackages(meta: Metafile, out: string, seen = new Set<string>()): Set<string> {
  const pkgs = new Set<string>();
  if (seen.has(out)) return pkgs;
  seen.add(out);
  for (const imp of meta.outputs[out].imports) {
    if (imp.kind !== 'import-statement') continue;
    if (imp.external) {
      if (!imp.path.startsWith('node:')) pkgs.add(imp.path);
    } else for (const p of staticPackages(meta, imp.path, seen)) pkgs.add(p);
  }
  return pkgs;
}

test('the compiled CLI loads no npm package to start, nor to read, extract and check (commands and readers import theirs when they run)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'yusuan-build-'));
  try {
    // @ts-expect-error: a plain .mjs script without type declarations
    const { buildOptions } = await import('../../scripts/build.mjs');
    const metafile = (await build({ ...buildOptions(dir), sourcemap: false, write: false, logLevel: 'silent' })).metafile!;
    const cli = Object.keys(metafile.outputs).find((o) => o.endsWith('/cli.js'))!;
    assert.deepEqual([...staticPackages(metafile, cli)], []);
    // and the readers' heavy libraries are reached only through dynamic imports
    const dynamic = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && i.kind === 'dynamic-import').map((i) => i.path));
    for (const lib of ['pdfjs-dist/legacy/build/pdf.mjs', 'exceljs', 'mammoth', 'tesseract.js', 'pg'])
      assert.ok(dynamic.includes(lib), `${lib} imported dynamically`);
    // reading, extracting and checking load no npm package either: zod alone took 0.1 s to load, at every call
    const chunkOf = (entry: string) => Object.keys(metafile.outputs).find((o) => metafile.outputs[o].entryPoint === entry);
    for (const entry of ['src/cli/load.ts', 'src/check/index.ts', 'src/read/text.ts', 'src/read/pdf/index.ts', 'src/batch/check-task.ts']) {
      const out = chunkOf(entry);
      assert.ok(out, `${entry} is a chunk of its own`);
      assert.deepEqual([...staticPackages(metafile, out)], [], `${entry} loads npm packages`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
