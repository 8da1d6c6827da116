// The compiled build that the installed `yusuan` runs (`npm ci` runs it through `prepare`): the sources bundled by
// esbuild into dist/, one chunk per lazily imported module (each command and each reader loads only what it
// uses), npm packages left as imports. dist/inputs.json lists the sources, so that bin/yusuan.mjs can tell
// whether dist/ is older than the code and fall back to the sources (development).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** esbuild's options for the bundle in `outdir` (the tests build one of their own to inspect it). */
export const buildOptions = (outdir) => ({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  // chunks beside the entries, two folders below the root like src/store/samples.ts, whose data/samples URL holds
  chunkNames: '[name]-[hash]',
  metafile: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.chdir(root);
  const started = Date.now();
  rmSync('dist', { recursive: true, force: true });
  const result = await build(buildOptions('dist/bundle'));
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  writeFileSync('dist/inputs.json', JSON.stringify({ built: Date.now(), inputs }) + '\n');
  console.log(`yusuan: built dist/ from ${inputs.length} source files in ${Date.now() - started} ms`);
}
