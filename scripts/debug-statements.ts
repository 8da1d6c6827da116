// Debug aid: print the sections and statements the extractor finds in a file (`npx tsx scripts/debug-statements.ts FILE`).
import { readFile } from 'node:fs/promises';
import { readDocument } from '../src/read/index.ts';
import { paragraphsOf } from '../src/extract/flow.ts';
import { findSections } from '../src/extract/sections.ts';
import { statementsOf } from '../src/extract/statements.ts';
import { extractIdentity } from '../src/extract/identity.ts';

const file = process.argv[2];
const doc = await readDocument(file, await readFile(file));
const id = extractIdentity([doc]);
console.log(id);
const ps = paragraphsOf(doc);
const { chains, sections } = findSections(ps);
for (const s of sections) console.log('SECTION', s.number, s.title, s.key, s.level);
ps.forEach((p, i) => {
  for (const s of statementsOf(p, i, id)) {
    const { evidence, paragraph: _paragraph, ...rest } = s;
    console.log(`L${evidence.line} [${chains[i].join('<')}]`, JSON.stringify(rest));
  }
});
