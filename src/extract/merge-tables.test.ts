// mergeTableFigures / mergeGrandTotals: table figures under the narrative, on in-memory models (no corpus needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDisclosure, statedFigure as fig } from '../model/testing.ts';
import { mergeGrandTotals, mergeTableFigures } from './merge-tables.ts';

const cell = (value: string, row: string) => ({ value, evidence: { text: `${row} ${value}`, table: '收入支出决算总表', row } });

test('a figure the text leaves out comes from the table, with the table as evidence', () => {
  const d = emptyDisclosure('final', 2023);
  mergeTableFigures(d, { 'income.total': cell('500.00', '本年收入合计'), 'expenditure.function.科学技术支出': cell('300.00', '科学技术支出') });
  assert.equal(d.income.total?.value, '500.00');
  assert.equal(d.income.total?.origin, 'table');
  assert.equal(d.income.total?.evidence[0].row, '本年收入合计');
  assert.deepEqual(
    d.expenditure.byFunction.map((c) => [c.name, c.level, c.figure.value]),
    [['科学技术支出', '类', '300.00']],
  );
});

test('the text’s figure stands; a different table value is kept as restated for the checker', () => {
  const d = emptyDisclosure('final', 2023);
  d.income.total = fig('500.00', 3);
  mergeTableFigures(d, { 'income.total': cell('510.00', '本年收入合计') });
  assert.equal(d.income.total.value, '500.00');
  assert.deepEqual(
    d.income.total.restated?.map((r) => r.value),
    ['510.00'],
  );
  // an equal value adds nothing
  const e = emptyDisclosure('final', 2023);
  e.income.total = fig('500.00', 3);
  mergeTableFigures(e, { 'income.total': cell('500.0', '本年收入合计') });
  assert.equal(e.income.total.restated, undefined);
});

test('the text states two values and the table agrees with one: that one is the figure, the other restated', () => {
  const d = emptyDisclosure('final', 2023);
  d.income.total = fig('500.00', 3, { change: '50.00', prev: '450.00', restated: [{ value: '510.00', evidence: { file: 't.txt', line: 9, text: 'line 9' } }] });
  mergeTableFigures(d, { 'income.total': cell('510.00', '本年收入合计') });
  assert.equal(d.income.total.value, '510.00');
  assert.deepEqual(
    d.income.total.restated?.map((r) => r.value),
    ['500.00'],
  );
  assert.equal(d.income.total.evidence[0].line, 9);
  assert.equal(d.income.total.prev, '460.00', 'prev follows the chosen value when the text did not state it');
});

test('suffixes fill the figure they belong to (a 决算 table’s 年初预算), never over a stated one, and never alone', () => {
  const d = emptyDisclosure('final', 2023);
  d.expenditure.total = fig('480.00', 4, { budget: '470.00' });
  mergeTableFigures(d, {
    'expenditure.total.budget': cell('475.00', '本年支出合计'),
    'income.total.budget': cell('490.00', '本年收入合计'),
    'income.total': cell('500.00', '本年收入合计'),
    'threePublic.total.budget': cell('9.00', '合计'),
  });
  assert.equal(d.expenditure.total.budget, '470.00');
  assert.equal(d.income.total?.budget, '490.00', 'the value is merged first, so its suffix finds it');
  assert.equal(d.threePublic.total, undefined, 'a suffix without its figure makes none');
});

test('a key with no model slot is left out', () => {
  const d = emptyDisclosure('final', 2023);
  const before = JSON.stringify(d);
  mergeTableFigures(d, { 'no.such.key': cell('1.00', 'x') });
  assert.equal(JSON.stringify(d), before);
});

test('grand totals: a narrative 收入支出总计 that differs from the summary table’s 总计 is restated', () => {
  const d = emptyDisclosure('final', 2023);
  d.income.grandTotal = fig('600.00', 5);
  d.tables.push({
    kind: 'summary',
    title: '收入支出决算总表',
    unit: '万元',
    columns: ['上年结转', '决算数'],
    rows: [
      { name: '总  计', side: 'income', values: [null, '610.00'], evidence: { text: '总计 610.00', page: 3 } },
      { name: '总计', side: 'expenditure', values: ['610.00'] },
    ],
  });
  mergeGrandTotals(d);
  assert.deepEqual(
    d.income.grandTotal.restated?.map((r) => [r.value, r.evidence.table, r.evidence.row]),
    [['610.00', '收入支出决算总表', '总  计']],
  );
});
