/**
 * The figure keys of `yusuan figures` (shared/spec/figures.tsv, suffixes.md), each bound to its place in the
 * model. This table is the only mapping between the flat keys and the model: the extractor, the writers and
 * the portal's CSV all go through it.
 */
import type { Disclosure } from './disclosure.ts';
import type { Figure } from './figure.ts';
import type { Decimal } from './decimal.ts';

/** Where a key's figure lives in the model, as a property path. */
type Path = readonly string[];

export const FIGURE_KEYS: ReadonlyArray<readonly [key: string, name: string, path: Path]> = [
  ['income.total', '收入总计', ['income', 'total']],
  ['income.general', '一般公共预算拨款收入', ['income', 'general']],
  ['income.fund', '政府性基金预算拨款收入', ['income', 'fund']],
  ['income.capital', '国有资本经营预算拨款收入', ['income', 'capital']],
  ['income.business', '事业收入', ['income', 'business']],
  ['income.operating', '经营收入', ['income', 'operating']],
  ['income.other', '其他收入', ['income', 'other']],
  ['income.carryover', '上年结转', ['income', 'carryover']],
  ['expenditure.total', '支出总计', ['expenditure', 'total']],
  ['expenditure.basic', '基本支出', ['expenditure', 'basic']],
  ['expenditure.project', '项目支出', ['expenditure', 'project']],
  ['general.income', '一般公共预算财政拨款收入', ['appropriation', 'general', 'income']],
  ['general.expenditure', '一般公共预算财政拨款支出', ['appropriation', 'general', 'expenditure']],
  ['general.basic', '一般公共预算财政拨款基本支出', ['appropriation', 'general', 'basic']],
  ['general.project', '一般公共预算财政拨款项目支出', ['appropriation', 'general', 'project']],
  ['fund.expenditure', '政府性基金预算财政拨款支出', ['appropriation', 'fund', 'expenditure']],
  ['capital.expenditure', '国有资本经营预算财政拨款支出', ['appropriation', 'capital', 'expenditure']],
  ['threePublic.total', '“三公”经费合计', ['threePublic', 'total']],
  ['threePublic.abroad', '因公出国（境）费', ['threePublic', 'abroad']],
  ['threePublic.reception', '公务接待费', ['threePublic', 'reception']],
  ['threePublic.vehicle', '公务用车购置及运行维护费', ['threePublic', 'vehicle']],
  ['threePublic.vehiclePurchase', '公务用车购置费', ['threePublic', 'vehiclePurchase']],
  ['threePublic.vehicleOperation', '公务用车运行维护费', ['threePublic', 'vehicleOperation']],
  ['operatingCost', '机关运行经费', ['operatingCost']],
  ['procurement.total', '政府采购预算总额', ['procurement', 'total']],
  ['procurement.goods', '政府采购货物', ['procurement', 'goods']],
  ['procurement.works', '政府采购工程', ['procurement', 'works']],
  ['procurement.services', '政府采购服务', ['procurement', 'services']],
  ['performance.amount', '绩效目标管理金额', ['performance', 'amount']],
  ['assets.vehicles', '车辆', ['assets', 'vehicles']],
  ['assets.vehicles.purchase', '拟购置车辆', ['assets', 'vehiclesPurchase']],
];

/**
 * Figures the model carries and the tables state that `yusuan figures` does not print (not in the shared spec):
 * the 人员经费 / 公用经费 split of 基本支出, compared across tables by the checker.
 */
export const MODEL_ONLY_KEYS: ReadonlyArray<readonly [key: string, name: string, path: Path]> = [
  ['expenditure.personnel', '人员经费', ['expenditure', 'personnel']],
  ['expenditure.publicFunds', '公用经费', ['expenditure', 'publicFunds']],
  ['general.personnel', '一般公共预算财政拨款人员经费', ['appropriation', 'general', 'personnel']],
  ['general.publicFunds', '一般公共预算财政拨款公用经费', ['appropriation', 'general', 'publicFunds']],
];

const PATHS = new Map([...FIGURE_KEYS, ...MODEL_ONLY_KEYS].map(([k, , p]) => [k, p]));

/** The model path of a flat key (without suffix), e.g. ['appropriation', 'general', 'basic']. */
export const figurePath = (key: string): Path | undefined => PATHS.get(key);

/** The figure a key (without suffix) names, e.g. figureAt(d, 'general.basic'). */
export function figureAt(d: Disclosure, key: string): Figure | undefined {
  const path = PATHS.get(key);
  if (!path) return undefined;
  let obj: unknown = d;
  for (const p of path) obj = (obj as Record<string, unknown> | undefined)?.[p];
  return obj as Figure | undefined;
}

/** Put a figure where a key (without suffix) names it; false for a key that is neither a FIGURE_KEY nor a MODEL_ONLY_KEY. */
export function setFigureAt(d: Disclosure, key: string, f: Figure): boolean {
  const path = PATHS.get(key);
  if (!path) return false;
  let obj = d as unknown as Record<string, unknown>;
  for (const p of path.slice(0, -1)) obj = obj[p] as Record<string, unknown>;
  obj[path[path.length - 1]] = f;
  return true;
}

export const FUNCTION_KEY_PREFIX = 'expenditure.function.';

function putFigure(out: Record<string, Decimal>, key: string, f: Figure | undefined): void {
  if (!f) return;
  if (f.value !== undefined) out[key] = f.value;
  if (f.prev !== undefined) out[`${key}.prev`] = f.prev;
  if (f.change !== undefined) out[`${key}.change`] = f.change;
  if (f.budget !== undefined) out[`${key}.budget`] = f.budget;
}

/** The flat figures of a disclosure: doc.* as text, every amount as its exact decimal string. */
export function flattenFigures(d: Disclosure): Record<string, string> {
  const out: Record<string, string> = {
    'doc.kind': d.identity.kind,
    'doc.year': String(d.identity.year),
    ...(d.identity.unit ? { 'doc.unit': d.identity.unit } : {}),
  };
  for (const [key] of FIGURE_KEYS) putFigure(out, key, figureAt(d, key));
  for (const c of d.expenditure.byFunction) {
    if (c.level === '类') putFigure(out, FUNCTION_KEY_PREFIX + c.name, c.figure);
  }
  return out;
}

/** Keys whose value is text, not a number. */
export const TEXT_KEYS = new Set(['doc.kind', 'doc.unit']);
