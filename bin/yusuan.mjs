#!/usr/bin/env node
// The installed command. It runs the compiled build (dist/, made by `npm ci` through the `prepare` script, or by
// `npm run build`) when dist/ is newer than every source file it was built from; otherwise (development, or
// YUSUAN_SOURCES=1) it runs the TypeScript sources through tsx. All error handling is in main.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);

/** Whether dist/ was built after the last change to any of its sources (a missing source means it was not). */
function builtIsFresh() {
  if (process.env.YUSUAN_SOURCES) return false;
  try {
    const { built, inputs } = JSON.parse(readFileSync(new URL('dist/inputs.json', root), 'utf8'));
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false;
  }
}

let main;
if (builtIsFresh()) {
  ({ main } = await import('../dist/bundle/cli.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
