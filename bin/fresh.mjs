// Whether the compiled build under `root` (dist/, see scripts/build.mjs) is newer than every source file it was
// built from; a missing build, list or source means it is not. Kept apart from yusuan.mjs so that a test can call it.
import { readFileSync, statSync } from 'node:fs';

/** @param {URL} root the repository's root folder, as a URL ending in "/" */
export function builtIsFresh(root) {
  try {
    const { built, inputs } = JSON.parse(readFileSync(new URL('dist/inputs.json', root), 'utf8'));
    return inputs.length > 0 && inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false;
  }
}
