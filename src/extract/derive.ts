/**
 * Figures the text does not state but that follow from what it states (shared/spec/suffixes.md: a figure is
 * absent only when it “cannot be derived from what it states”): the “三公” total from its items, the vehicle
 * figure from purchase and operation, and the one appropriation income that the 收入 and 财政拨款 parts name twice.
 */
import { abs, add, compare, sub, type Disclosure, type Figure } from '../model/index.ts';

function sum(parts: (Figure | undefined)[]): Figure | undefined {
  if (parts.some((p) => p?.value === undefined)) return undefined;
  const values = parts.map((p) => p!.value!);
  return { value: add(...values), unit: '万元', origin: 'derived', evidence: parts.flatMap((p) => p!.evidence.slice(0, 1)) };
}

export function deriveFigures(d: Disclosure): void {
  generalClassesAreTheDepartments(d);
  classesOnlyForTheAppropriation(d);
  const t = d.threePublic;
  t.vehicle ??= sum([t.vehiclePurchase, t.vehicleOperation]);
  // “公务用车购置及运行维护费11.9万元，全部为公务用车运行维护费11.9万元”: nothing was spent on purchases
  if (
    t.vehicle?.value !== undefined &&
    t.vehicleOperation?.value !== undefined &&
    !t.vehiclePurchase &&
    compare(t.vehicle.value, t.vehicleOperation.value) === 0
  ) {
    t.vehiclePurchase = { value: '0', unit: '万元', origin: 'derived', evidence: t.vehicleOperation.evidence.slice(0, 1) };
  }
  t.total ??= sum([t.abroad, t.vehicle, t.reception]);
  // 一般公共预算拨款收入 (收入 side) and 一般公共预算财政拨款收入 (财政拨款 side) are one amount.
  const gen = d.appropriation.general;
  if (!gen.income && d.income.general) gen.income = { ...d.income.general, origin: 'derived' };
  if (!d.income.general && gen.income) d.income.general = { ...gen.income, origin: 'derived' };
  if (gen.income && d.income.general) fillEachOther(gen.income, d.income.general);
  // 财政拨款 stated for all funds, where it equals the 一般公共预算 figure, carries the same comparison.
  const all = d.appropriation;
  if (all.expenditure && gen.expenditure) fillEachOther(gen.expenditure, all.expenditure);
  if (all.income && gen.income) fillEachOther(gen.income, all.income);
}

const COMPARISON = ['prev', 'change', 'changePercent', 'direction', 'directionWord', 'reason'] as const;

/** Two statements of one amount: each gets the comparison the other states. */
function fillEachOther(a: Figure, b: Figure): void {
  if (a.value !== undefined && b.value !== undefined && compare(a.value, b.value) !== 0) return;
  for (const k of COMPARISON) {
    if (a[k] === undefined && b[k] !== undefined) (a as Record<string, unknown>)[k] = b[k];
    if (b[k] === undefined && a[k] !== undefined) (b as Record<string, unknown>)[k] = a[k];
  }
}

/**
 * A class amount stated for the 一般公共预算 is the department's own where the two cannot differ (all spending is
 * 一般公共预算: the totals are equal) or where the tables' figure for the class differs from it by a rounding step
 * only (0.01 万元): then the text's figure stands, as everywhere, and the table's is kept as `restated` for the
 * checker. A class the tables give with another scope (spending from carry-overs) keeps the tables' figure.
 */
function generalClassesAreTheDepartments(d: Disclosure): void {
  const total = d.expenditure.total?.value;
  const general = d.appropriation.general.expenditure?.value;
  const allGeneral = total !== undefined && general !== undefined && compare(total, general) === 0;
  for (const c of d.appropriation.general.byFunction.filter((x) => x.level === '类' && x.figure.value !== undefined)) {
    const mine = d.expenditure.byFunction.find((x) => x.level === '类' && x.name === c.name);
    if (!mine) {
      if (allGeneral) d.expenditure.byFunction.push({ ...c, figure: { ...c.figure } });
      continue;
    }
    const v = mine.figure.value;
    if (mine.figure.origin !== 'table' || v === undefined || compare(v, c.figure.value!) === 0) continue;
    if (!allGeneral && compare(abs(sub(v, c.figure.value!)), ROUNDING_STEP) > 0) continue;
    mine.figure = { ...c.figure, restated: [...(c.figure.restated ?? []), { value: v, evidence: mine.figure.evidence[0] }] };
  }
}

/**
 * A document that states no 本年支出 of its own and breaks down by class only its 一般公共预算财政拨款支出 (a short
 * 决算 说明 with 支出总计 only) gives the classes of its spending there: they are the department's as published.
 */
function classesOnlyForTheAppropriation(d: Disclosure): void {
  if (d.expenditure.byFunction.length || d.tables.length || d.expenditure.total) return;
  for (const c of d.appropriation.general.byFunction.filter((x) => x.level === '类' && x.figure.value !== undefined)) {
    d.expenditure.byFunction.push({ ...c, figure: { ...c.figure } });
  }
}

/** One unit of the last digit of a 万元 figure printed with two decimals. */
const ROUNDING_STEP = '0.01';
