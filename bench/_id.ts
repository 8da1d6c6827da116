import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = '/work/shared/corpus/text';
const files = [
  '/work/shared/seed/000_5eccc108b9c624cd.txt',
  ...readdirSync(dir)
    .filter((f) => /^\d{3}\.txt$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
];
const read = await import('../src/read/index.ts');
const id = await import('../src/extract/identity.ts');
const docs = await Promise.all(files.map((f) => read.readDocument(f, readFileSync(f))));
const t0 = performance.now();
for (let r = 0; r < 100; r++) for (const d of docs) id.extractIdentity([d]);
console.log(((performance.now() - t0) / 100).toFixed(2), 'ms per pass of', docs.length);
