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
