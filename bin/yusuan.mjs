#!/usr/bin/env -S node --max-semi-space-size=4
// The installed command. It runs the compiled build (dist/, made by `npm ci` through the `prepare` script, or by
// `npm run build`) when dist/ is newer than every source file it was built from; otherwise (development, or
// YUSUAN_SOURCES=1) it runs the TypeScript sources through tsx. All error handling is in main.
import { setFlagsFromString } from 'node:v8';
import { builtIsFresh } from './fresh.mjs';

// `check`, `figures` and `parse` read a few files and stop: V8's optimizing compiler, at work beside them, took a
// sixth of their CPU for code that runs a handful of times (and the other core from pdftotext). With 8× V8's budget
// before a function is optimized, such code stays in the baseline tiers and a hot loop is still optimized; the
// commands that run for long (serve, batch, import, worker) keep V8's default. BENCHMARKS.md has the measurements.
if (['check', 'figures', 'parse'].includes(process.argv[2])) setFlagsFromString('--interrupt-budget=540672');

let main;
if (!process.env.YUSUAN_SOURCES && builtIsFresh(new URL('..', import.meta.url))) {
  ({ main } = await import('../dist/bundle/cli.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
