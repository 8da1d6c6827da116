import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DisclosureSchema, type Identity, type Source } from './disclosure.ts';
import { emptyDisclosure } from './empty.ts';

test('an empty disclosure is what the schema makes of an identity and its sources, key for key and in order', () => {
  const identity: Identity = {
    kind: 'final',
    year: 2023,
    unit: '某区财政局',
    content: 'full',
    evidence: [{ file: 'a.pdf', page: 1, text: '2023年度部门决算' }],
  };
  const sources: Source[] = [
    { file: 'a.pdf', format: 'pdf', sha256: 'ab', pages: 3 },
    { file: 'b.txt', format: 'text', encoding: 'gb18030' },
  ];
  const parsed = DisclosureSchema.parse({ identity, sources });
  assert.equal(JSON.stringify(emptyDisclosure(identity, sources)), JSON.stringify(parsed));
  assert.deepEqual(emptyDisclosure(identity, sources), parsed);
});

test('each empty disclosure has containers of its own', () => {
  const identity: Identity = { kind: 'budget', year: 2024, unit: null, evidence: [] };
  const a = emptyDisclosure(identity, []);
  a.sections.push({ key: 'other', title: 'x', level: 1, evidence: { text: 'x' } });
  a.expenditure.byFunction.push({ name: 'x', level: '类', figure: { unit: '万元', origin: 'table', evidence: [] } });
  assert.equal(emptyDisclosure(identity, []).sections.length, 0);
  assert.equal(emptyDisclosure(identity, []).expenditure.byFunction.length, 0);
});
