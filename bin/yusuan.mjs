#!/usr/bin/env -S node --max-semi-space-size=4
// The installed command. It runs the compiled build (dist/, made by `npm ci` through the `prepare` script, or by
// `npm run build`) when dist/ is newer than every source file it was built from; otherwise (development, or
// YUSUAN_SOURCES=1) it runs the TypeScript sources through tsx. All error handling is in main.
import { builtIsFresh } from './fresh.mjs';

let main;
if (!process.env.YUSUAN_SOURCES && builtIsFresh(new URL('..', import.meta.url))) {
  ({ main } = await import('../dist/bundle/cli.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
