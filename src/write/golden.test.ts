// Golden files for Markdown and HTML: two synthetic models (a 预算 and a 决算, invented figures) rendered and
// compared byte for byte with src/write/__golden__/. After an intended change: UPDATE_GOLDEN=1 npm test -- src/write/golden.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseModel } from './input.ts';
import { render } from './index.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const update = Boolean(process.env.UPDATE_GOLDEN);

for (const name of ['budget', 'final']) {
  for (const format of ['md', 'html'] as const) {
    test(`golden: ${name}.${format}`, async () => {
      const d = parseModel(await readFile(here(`./__fixtures__/${name}.yaml`), 'utf8'));
      const got = new TextDecoder().decode(await render(d, format));
      const file = here(`./__golden__/${name}.${format}`);
      if (update) await writeFile(file, got);
      assert.equal(got, await readFile(file, 'utf8'), `${name}.${format} differs from its golden file (UPDATE_GOLDEN=1 to accept)`);
    });
  }
}
