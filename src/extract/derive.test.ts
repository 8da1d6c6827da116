// deriveFigures: what follows from stated figures (三公 total from its items, the one appropriation income named
// twice, a 一般公共预算 class as the department's), built on in-memory models: no corpus needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DisclosureSchema, type Disclosure, type Figure } from '../model/index.ts';
import { deriveFigures } from './derive.ts';

const empty = (): Disclosure => DisclosureSchema.parse({ identity: { kind: 'budget', year: 2024, unit: '测试局', evidence: [] }, sources: [] });
const fig = (value: string, line: number, extra: Partial<Figure> = {}): Figure => ({
  value,
  unit: '万元',
  origin: 'narrative',
  evidence: [{ file: 't.txt', line, text: `line ${line}` }],
  ...extra,
});

test('三公: the vehicle figure from purchase and operation, the total from its three items, marked derived', () => {
  const d = empty();
  d.threePublic.abroad = fig('0', 1);
  d.threePublic.reception = fig('1.30', 2);
  d.threePublic.vehiclePurchase = fig('0', 3);
  d.threePublic.vehicleOperation = fig('3.00', 4);
  deriveFigures(d);
  assert.equal(d.threePublic.vehicle?.value, '3.00');
  assert.equal(d.threePublic.total?.value, '4.30');
  assert.equal(d.threePublic.total?.origin, 'derived');
  // evidence: the first line of each part
  assert.deepEqual(d.threePublic.vehicle?.evidence.map((e) => e.line), [3, 4]);
});

test('三公: a stated total is never replaced, and no total is made when an item is missing', () => {
  const d = empty();
  d.threePublic.abroad = fig('1.00', 1);
  d.threePublic.vehicle = fig('2.00', 2);
  d.threePublic.reception = fig('3.00', 3);
  d.threePublic.total = fig('7.00', 4);
  deriveFigures(d);
  assert.equal(d.threePublic.total.value, '7.00', 'the text’s total stands (the checker reports the sum)');
  const e = empty();
  e.threePublic.abroad = fig('1.00', 1);
  e.threePublic.reception = fig('3.00', 3);
  deriveFigures(e);
  assert.equal(e.threePublic.total, undefined);
});

test('一般公共预算拨款收入 on either side fills the other, and each gets the comparison the other states', () => {
  const d = empty();
  d.income.general = fig('447.01', 10, { change: '-2544.50', prev: '2991.51' });
  deriveFigures(d);
  assert.equal(d.appropriation.general.income?.value, '447.01');
  assert.equal(d.appropriation.general.income?.origin, 'derived');

  const e = empty();
  e.income.general = fig('447.01', 10);
  e.appropriation.general.income = fig('447.01', 20, { change: '-2544.50', reason: '政策兑现资金据实追加' });
  deriveFigures(e);
  assert.equal(e.income.general.change, '-2544.50');
  assert.equal(e.income.general.reason, '政策兑现资金据实追加');
});

test('two different amounts do not share a comparison', () => {
  const d = empty();
  d.income.general = fig('447.01', 10);
  d.appropriation.general.income = fig('450.00', 20, { change: '-1.00' });
  deriveFigures(d);
  assert.equal(d.income.general.change, undefined);
});

test('a 一般公共预算 class: added to the department when all spending is 一般公共预算; a table value a rounding step off is restated', () => {
  const d = empty();
  d.expenditure.total = fig('100.00', 1);
  d.appropriation.general.expenditure = fig('100.00', 2);
  d.appropriation.general.byFunction.push({ name: '科学技术支出', level: '类', figure: fig('80.00', 3) });
  deriveFigures(d);
  assert.deepEqual(
    d.expenditure.byFunction.map((c) => [c.name, c.figure.value]),
    [['科学技术支出', '80.00']],
  );

  const e = empty();
  e.expenditure.total = fig('120.00', 1);
  e.appropriation.general.expenditure = fig('100.00', 2);
  e.appropriation.general.byFunction.push({ name: '科学技术支出', level: '类', figure: fig('80.00', 3) });
  e.expenditure.byFunction.push({ name: '科学技术支出', level: '类', figure: fig('80.01', 40, { origin: 'table' }) });
  deriveFigures(e);
  const c = e.expenditure.byFunction[0].figure;
  assert.equal(c.value, '80.00');
  assert.deepEqual(c.restated?.map((r) => r.value), ['80.01']);

  // more than a rounding step apart, and not all spending 一般公共预算: the table's class keeps its own scope
  const f = empty();
  f.expenditure.total = fig('120.00', 1);
  f.appropriation.general.expenditure = fig('100.00', 2);
  f.appropriation.general.byFunction.push({ name: '科学技术支出', level: '类', figure: fig('80.00', 3) });
  f.expenditure.byFunction.push({ name: '科学技术支出', level: '类', figure: fig('95.00', 40, { origin: 'table' }) });
  deriveFigures(f);
  assert.equal(f.expenditure.byFunction[0].figure.value, '95.00');
});
