import { defineRule, type Draft } from '../../engine.ts';
import { compare, type Disclosure } from '../../../model/index.ts';
import { evidenceOf, figureAt as at, labelOf } from '../../model.ts';
import { compareEqual, compareSum, figuresOf, money } from '../../tolerance.ts';

/** The unit's figure and the same figure of its 一般公共预算 appropriation. */
const PAIRS: [whole: string, general: string][] = [
  ['expenditure.total', 'appropriation.general.expenditure'],
  ['expenditure.basic', 'appropriation.general.basic'],
  ['expenditure.project', 'appropriation.general.project'],
  ['expenditure.personnel', 'appropriation.general.personnel'],
  ['expenditure.publicFunds', 'appropriation.general.publicFunds'],
];

/**
 * Every yuan of this year's budget is 一般公共预算 appropriation: the unit states no other source with an amount
 * above zero, no carry-over, and its income total equals its 一般公共预算 income.
 */
function allGeneral(d: Disclosure): boolean {
  const { total, general, carryover } = d.income;
  if (total?.value === undefined || general?.value === undefined || compareEqual(total.value, general.value).verdict === 'far') return false;
  const others = [
    d.income.fund,
    d.income.capital,
    d.income.business,
    d.income.operating,
    d.income.other,
    d.income.fiscalSpecial,
    d.income.superior,
    d.income.subordinate,
    carryover,
  ];
  return others.every((f) => f?.value === undefined || compare(f.value, '0') === 0);
}

/**
 * A 人员经费/公用经费 pair is compared only where it adds up to its own 基本支出: a pair that does not was misread
 * from the table (or is wrong by itself, which personnel-public-sum reports).
 */
function splitHolds(d: Disclosure, scope: 'expenditure' | 'appropriation.general'): boolean {
  const [basic, personnel, publicFunds] = ['basic', 'personnel', 'publicFunds'].map((k) => at(d, `${scope}.${k}`)?.value);
  if (personnel === undefined || publicFunds === undefined) return true;
  return basic !== undefined && compareSum(basic, [personnel, publicFunds]).verdict !== 'far';
}

export default defineRule({
  meta: {
    id: 'general-equals-whole',
    severity: 'error',
    kinds: ['budget'],
    category: 'consistency',
    basis: '财预〔2016〕143号 部门预算公开参考格式（收支总表与一般公共预算支出表、基本支出表勾稽）；预算法实施条例 第五条',
    docs: '收入全部为一般公共预算拨款时，部门支出总额、基本支出、项目支出、人员经费和公用经费与一般公共预算财政拨款的相应数相等。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    if (!allGeneral(d)) return [];
    const out: Draft[] = [];
    for (const [whole, general] of PAIRS) {
      const w = at(d, whole);
      const g = at(d, general);
      if (w?.value === undefined || g?.value === undefined || w.origin === 'derived' || g.origin === 'derived') continue;
      if (/personnel|publicFunds/.test(whole) && !(splitHolds(d, 'expenditure') && splitHolds(d, 'appropriation.general'))) continue;
      const c = compareEqual(w.value, g.value);
      if (c.verdict !== 'far') continue;
      out.push({
        message: `收入全部为一般公共预算拨款，${labelOf(whole)}${money(w.value)}万元应等于${labelOf(general)}${money(g.value)}万元，相差${money(c.difference)}万元`,
        evidence: evidenceOf(w, g),
        rests: [w, g],
        figures: figuresOf(c),
        path: whole,
        suggestion: '核对收支总表与一般公共预算支出表、基本支出经济分类表的对应数',
      });
    }
    return out;
  },
});
