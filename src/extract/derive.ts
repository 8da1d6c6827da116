/**
 * Figures the text does not state but that follow from what it states (shared/spec/suffixes.md: a figure is
 * absent only when it “cannot be derived from what it states”): the “三公” total from its items, the vehicle
 * figure from purchase and operation, and the one appropriation income that the 收入 and 财政拨款 parts name twice.
 */
import { add, compare, type Disclosure, type Figure } from '../model/index.ts';

function sum(parts: (Figure | undefined)[]): Figure | undefined {
  if (parts.some((p) => p?.value === undefined)) return undefined;
  const values = parts.map((p) => p!.value!);
  return { value: add(...values), unit: '万元', origin: 'derived', evidence: parts.flatMap((p) => p!.evidence.slice(0, 1)) };
}

export function deriveFigures(d: Disclosure): void {
  generalClassesAreTheDepartments(d);
  const t = d.threePublic;
  t.vehicle ??= sum([t.vehiclePurchase, t.vehicleOperation]);
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
 * Where all spending is 一般公共预算 (the two totals are equal), the class amounts stated for the appropriation are
 * the department's: the text's figure stands over a table's, as everywhere (a different table value is kept as
 * `restated` for the checker).
 */
function generalClassesAreTheDepartments(d: Disclosure): void {
  const total = d.expenditure.total?.value;
  const general = d.appropriation.general.expenditure?.value;
  if (total === undefined || general === undefined || compare(total, general) !== 0) return;
  for (const c of d.appropriation.general.byFunction.filter((x) => x.level === '类' && x.figure.value !== undefined)) {
    const mine = d.expenditure.byFunction.find((x) => x.level === '类' && x.name === c.name);
    if (!mine) d.expenditure.byFunction.push({ ...c, figure: { ...c.figure } });
    else if (mine.figure.origin === 'table' && mine.figure.value !== undefined && compare(mine.figure.value, c.figure.value!) !== 0) {
      mine.figure = { ...c.figure, restated: [...(c.figure.restated ?? []), { value: mine.figure.value, evidence: mine.figure.evidence[0] }] };
    }
  }
}
