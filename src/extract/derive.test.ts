// deriveFigures: what follows from stated figures (三公 total from its items, the one appropriation income named
// twice, a 一般公共预算 class as the department's), built on in-memory models: no corpus needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDisclosure, statedFigure as fig } from '../model/testing.ts';
import { deriveFigures } from './derive.ts';

test('三公: the vehicle figure from purchase and operation, the total from its three items, marked derived', () => {
  const d = emptyDisclosure();
  Object.assign(d.threePublic, { abroad: fig('0', 1), reception: fig('1.30', 2), vehiclePurchase: fig('0', 3), vehicleOperation: fig('3.00', 4) });
  deriveFigures(d);
  assert.equal(d.threePublic.vehicle?.value, '3.00');
  assert.equal(d.threePublic.total?.value, '4.30');
  assert.equal(d.threePublic.total?.origin, 'derived');
  // evidence: the first line of each part
  assert.deepEqual(
    d.threePublic.vehicle?.evidence.map((e) => e.line),
    [3, 4],
  );
});

test('三公: a stated total is never replaced, and no total is made when an item is missing', () => {
  const d = emptyDisclosure();
  Object.assign(d.threePublic, { abroad: fig('1.00', 1), vehicle: fig('2.00', 2), reception: fig('3.00', 3), total: fig('7.00', 4) });
  deriveFigures(d);
  assert.equal(d.threePublic.total?.value, '7.00', 'the text’s total stands (the checker reports the sum)');
  const e = emptyDisclosure();
  Object.assign(e.threePublic, { abroad: fig('1.00', 1), reception: fig('3.00', 3) });
  deriveFigures(e);
  assert.equal(e.threePublic.total, undefined);
});

test('一般公共预算拨款收入 on either side fills the other, and each gets the comparison the other states', () => {
  const d = emptyDisclosure();
  d.income.general = fig('447.01', 10, { change: '-2544.50', prev: '2991.51' });
  deriveFigures(d);
  assert.equal(d.appropriation.general.income?.value, '447.01');
  assert.equal(d.appropriation.general.income?.origin, 'derived');

  const e = emptyDisclosure();
  e.income.general = fig('447.01', 10);
  e.appropriation.general.income = fig('447.01', 20, { change: '-2544.50', reason: '政策兑现资金据实追加' });
  deriveFigures(e);
  assert.equal(e.income.general.change, '-2544.50');
  assert.equal(e.income.general.reason, '政策兑现资金据实追加');
});

test('two different amounts do not share a comparison', () => {
  const d = emptyDisclosure();
  d.income.general = fig('447.01', 10);
  d.appropriation.general.income = fig('450.00', 20, { change: '-1.00' });
  deriveFigures(d);
  assert.equal(d.income.general.change, undefined);
});

/** A department spending `total`, of which 100.00 一般公共预算 with a 科学技术支出 class of 80.00; the tables' class if given. */
function withClass(total: string, tableClass?: string) {
  const d = emptyDisclosure();
  d.expenditure.total = fig(total, 1);
  d.appropriation.general.expenditure = fig('100.00', 2);
  d.appropriation.general.byFunction.push({ name: '科学技术支出', level: '类', figure: fig('80.00', 3) });
  if (tableClass) d.expenditure.byFunction.push({ name: '科学技术支出', level: '类', figure: fig(tableClass, 40, { origin: 'table' }) });
  deriveFigures(d);
  return d.expenditure.byFunction;
}

test('a 一般公共预算 class: added to the department when all spending is 一般公共预算; a table value a rounding step off is restated', () => {
  assert.deepEqual(
    withClass('100.00').map((c) => [c.name, c.figure.value]),
    [['科学技术支出', '80.00']],
  );
  const [c] = withClass('120.00', '80.01');
  assert.equal(c.figure.value, '80.00');
  assert.deepEqual(
    c.figure.restated?.map((r) => r.value),
    ['80.01'],
  );
  // more than a rounding step apart, and not all spending 一般公共预算: the table's class keeps its own scope
  assert.equal(withClass('120.00', '95.00')[0].figure.value, '95.00');
  // not all spending 一般公共预算 and no table class: nothing is added
  assert.deepEqual(withClass('120.00'), []);
});
