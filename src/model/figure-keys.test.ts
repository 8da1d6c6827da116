/**
 * The figure catalogue: every key reaches its slot in a fresh model, and a misspelt key does not compile — the
 * `@ts-expect-error` lines below are checked by `npm run typecheck` (tsc fails on an expected error that does not
 * happen, so a catalogue that stopped typing its keys would fail the gate).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COUNT_KEYS,
  FIGURE_KEYS,
  figureAt,
  figureName,
  figurePath,
  flattenFigures,
  isFigureKey,
  labelAt,
  orderKeys,
  setFigureAt,
  slotOf,
  type FigureKey,
  type FlatKey,
} from './figure-keys.ts';
import { emptyDisclosure, statedFigure } from './testing.ts';

// The compile-time half: keys, flat keys and model slots are checked by tsc.
export const typed: FigureKey[] = ['threePublic.reception', 'general.basic', 'assets.vehicles.purchase'];
// @ts-expect-error a typo in a figure key
export const typo: FigureKey = 'threePublic.recepton';
// @ts-expect-error a flat key with a suffix the spec does not have
export const badSuffix: FlatKey = 'income.total.last';
export const flat: FlatKey[] = ['income.total.prev', 'general.expenditure.budget', 'expenditure.function.教育支出'];
// @ts-expect-error a function class needs the expenditure.function. prefix
export const badPrefix: FlatKey = 'expenditure.functions.教育支出';
export const lookups = (d: ReturnType<typeof emptyDisclosure>) => [
  figureAt(d, 'operatingCost'),
  // @ts-expect-error figureAt takes catalogue keys only
  figureAt(d, 'operatingCosts'),
];

test('every catalogue key is set and read back at its own model path', () => {
  const d = emptyDisclosure();
  const keys = FIGURE_KEYS.map(([k]) => k as FigureKey).concat(['income.grandTotal', 'general.personnel', 'appropriation.income']);
  keys.forEach((k, i) => setFigureAt(d, k, statedFigure(String(i + 1), i + 1)));
  keys.forEach((k, i) => assert.equal(figureAt(d, k)?.value, String(i + 1), k));
  assert.equal(d.appropriation.general.basic?.value, String(keys.indexOf('general.basic') + 1));
  assert.equal(d.assets.vehiclesPurchase?.value, String(keys.indexOf('assets.vehicles.purchase') + 1));
  const slot = slotOf(d, 'threePublic.total');
  slot.set(statedFigure('9', 9));
  assert.equal(d.threePublic.total?.value, '9');
});

test('the printed keys are flattened by their key, not by their model path', () => {
  const d = emptyDisclosure();
  setFigureAt(d, 'general.basic', statedFigure('12.5', 1, { prev: '10' }));
  setFigureAt(d, 'income.grandTotal', statedFigure('99', 2));
  const flat = flattenFigures(d);
  assert.equal(flat['general.basic'], '12.5');
  assert.equal(flat['general.basic.prev'], '10');
  assert.equal(flat['income.grandTotal'], undefined, 'a model-only key is not printed');
});

test('names, finding labels, counts and order come from the one table', () => {
  assert.equal(figureName('threePublic.total'), '“三公”经费合计');
  assert.equal(labelAt('threePublic.total'), '“三公”经费');
  assert.equal(labelAt('appropriation.general.basic'), '一般公共预算财政拨款基本支出');
  assert.equal(figureName('threePublic.total.prev'), '“三公”经费合计（上年）');
  assert.equal(figureName('expenditure.function.教育支出'), '教育支出');
  assert.equal(figureName('no.such'), 'no.such');
  assert.deepEqual([...COUNT_KEYS].sort(), ['assets.vehicles', 'assets.vehicles.purchase']);
  assert.deepEqual(orderKeys(['operatingCost', 'expenditure.function.教育支出', 'x', 'income.total']), [
    'income.total',
    'expenditure.function.教育支出',
    'operatingCost',
    'x',
  ]);
  assert.equal(isFigureKey('general.basic'), true);
  assert.equal(isFigureKey('general'), false);
  assert.deepEqual(figurePath('assets.vehicles.purchase'), ['assets', 'vehiclesPurchase']);
  assert.equal(new Set(FIGURE_KEYS.map(([, n]) => n)).size, FIGURE_KEYS.length, 'names are unique');
});
