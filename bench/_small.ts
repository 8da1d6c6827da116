import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const root = process.argv[2];
const dir = '/work/shared/corpus/text';
const files = readdirSync(dir).filter((f) => /^1\d\d\.txt$/.test(f)).sort().map((f) => join(dir, f));
const read = await import(join(root, 'src/read/index.ts'));
const ex = await import(join(root, 'src/extract/index.ts'));
const bytes = files.map((f) => readFileSync(f));
for (let r = 0; r < 300; r++) for (let i = 0; i < files.length; i++) ex.extract([await read.readDocument(files[i], bytes[i])]);
