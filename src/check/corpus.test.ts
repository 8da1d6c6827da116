/**
 * The checker on real documents. The seed: exactly its two template instructions. The corpus: every error-level
 * finding is in the reviewed list of src/check/expected/NNN.json (rule + line, with the reviewer's note), so a new
 * false positive fails here; and the known inconsistencies found so far (expected/coverage.json) stay found.
 * UPDATE_EXPECTED=1 rewrites the lists (new entries are marked UNREVIEWED: review them before committing).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../model/index.ts';
import type { SourceDocument } from '../read/document.ts';
import { SHARED, checkText, corpusText, seedText } from './testing.ts';
import { findsRow, parseInconsistencies, resolveSameSentence } from './coverage.ts';
import { RULE_METAS } from './index.ts';

const CATEGORY = new Map(RULE_METAS.map((m) => [m.id, m.category]));

const EXPECTED = path.resolve('src/check/expected');
const UPDATE = process.env.UPDATE_EXPECTED === '1';

interface Expected {
  errors: { rule: string; line: number; message?: string; review: string }[];
}

test('seed: exactly the two template instructions (lines 64 and 66), nothing else', async () => {
  const { findings } = await checkText('seed.txt', seedText());
  assert.deepEqual(
    findings.map((f) => [f.rule, f.severity, f.evidence[0].line]),
    [
      ['template-residue', 'warning', 64],
      ['template-residue', 'warning', 66],
    ],
  );
});

const ids = readdirSync(path.join(SHARED, 'corpus', 'text'))
  .filter((f) => /^\d{3}\.txt$/.test(f))
  .map((f) => f.slice(0, 3))
  .sort();

const checked = new Map<string, { doc: SourceDocument; findings: Finding[] }>();
async function check(id: string) {
  if (!checked.has(id)) {
    const { doc, findings } = await checkText(`${id}.txt`, corpusText(id));
    checked.set(id, { doc, findings });
  }
  return checked.get(id)!;
}

test('corpus: every error-level finding is a reviewed one (no new false positive)', async () => {
  const unexpected: string[] = [];
  for (const id of ids) {
    const { findings } = await check(id);
    const file = path.join(EXPECTED, `${id}.json`);
    const expected: Expected = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { errors: [] };
    const errors = findings.filter((f) => f.severity === 'error');
    const known = (f: Finding) => expected.errors.find((e) => e.rule === f.rule && e.line === f.evidence[0]?.line);
    // on update, a reviewed finding that moved (sharper evidence) keeps its review: same rule, same message
    const reviewed = (f: Finding) => known(f) ?? expected.errors.find((e) => e.rule === f.rule && e.message === f.message);
    for (const f of errors) if (!known(f)) unexpected.push(`${id}:${f.evidence[0]?.line} ${f.rule}: ${f.message}`);
    if (UPDATE) {
      const seen = new Set<string>();
      const next: Expected = {
        errors: errors
          .map((f) => ({ rule: f.rule, line: f.evidence[0]?.line ?? 0, message: f.message, review: reviewed(f)?.review ?? 'UNREVIEWED' }))
          .filter((e) => (seen.has(`${e.rule}:${e.line}`) ? false : (seen.add(`${e.rule}:${e.line}`), true))),
      };
      writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
    }
  }
  if (!UPDATE) assert.deepEqual(unexpected, [], 'error findings not in src/check/expected/NNN.json');
});

test('corpus: the known inconsistencies found so far stay found', async () => {
  const rows = resolveSameSentence(parseInconsistencies(readFileSync(path.join(SHARED, 'corpus', 'INCONSISTENCIES.md'), 'utf8')));
  const file = path.join(EXPECTED, 'coverage.json');
  const before: string[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).found : [];
  const found: string[] = [];
  for (const row of rows) {
    const { doc, findings } = await check(row.doc);
    if (findsRow(doc, row, findings, (r) => CATEGORY.get(r))) found.push(`${row.doc} ${row.severity} ${row.where}`);
  }
  if (UPDATE) writeFileSync(file, JSON.stringify({ found }, null, 2) + '\n');
  else
    assert.deepEqual(
      before.filter((r) => !found.includes(r)),
      [],
      'known inconsistencies no longer found',
    );
});
