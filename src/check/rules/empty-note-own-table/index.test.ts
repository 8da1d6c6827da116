import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);
const CAPITAL_NOTE = '注:本单位2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。';

test('empty-note-own-table: 008’s 国有资本经营 table says it has no 国有资本经营 money', async () => {
  const { disclosure, findings } = await checkText('008.txt', corpusText('008'));
  assert.ok(disclosure.tables.some((t) => t.kind === 'capitalExpenditure' && t.emptyNote?.includes('国有资本经营')));
  assert.deepEqual(mine(findings), []);
});

test('empty-note-own-table: the note copied from the 政府性基金 table is reported on the 国有资本经营 table', async () => {
  const text = alter(corpusText('008'), CAPITAL_NOTE, CAPITAL_NOTE.replace('国有资本经营', '政府性基金'));
  const f = mine((await checkText('008.txt', text)).findings);
  assert.deepEqual(
    f.map((x) => x.evidence[0].table),
    ['2026年预算单位国有资本经营预算支出功能分类预算表'],
  );
});
