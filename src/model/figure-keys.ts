/**
 * The figure keys of `yusuan figures` (shared/spec/figures.tsv, suffixes.md), each bound to its place in the
 * model. This table is the only mapping between the flat keys and the model: the extractor, the writers and
 * the portal's CSV all go through it.
 */
import type { Disclosure } from './disclosure.ts';
import type { Figure } from './figure.ts';
import type { Decimal } from './decimal.ts';

type Path = (d: Disclosure) => Figure | undefined;

export const FIGURE_KEYS: ReadonlyArray<readonly [key: string, name: string, get: Path]> = [
  ['income.total', '收入总计', (d) => d.income.total],
  ['income.general', '一般公共预算拨款收入', (d) => d.income.general],
  ['income.fund', '政府性基金预算拨款收入', (d) => d.income.fund],
  ['income.capital', '国有资本经营预算拨款收入', (d) => d.income.capital],
  ['income.business', '事业收入', (d) => d.income.business],
  ['income.operating', '经营收入', (d) => d.income.operating],
  ['income.other', '其他收入', (d) => d.income.other],
  ['income.carryover', '上年结转', (d) => d.income.carryover],
  ['expenditure.total', '支出总计', (d) => d.expenditure.total],
  ['expenditure.basic', '基本支出', (d) => d.expenditure.basic],
  ['expenditure.project', '项目支出', (d) => d.expenditure.project],
  ['general.income', '一般公共预算财政拨款收入', (d) => d.appropriation.general.income],
  ['general.expenditure', '一般公共预算财政拨款支出', (d) => d.appropriation.general.expenditure],
  ['general.basic', '一般公共预算财政拨款基本支出', (d) => d.appropriation.general.basic],
  ['general.project', '一般公共预算财政拨款项目支出', (d) => d.appropriation.general.project],
  ['fund.expenditure', '政府性基金预算财政拨款支出', (d) => d.appropriation.fund.expenditure],
  ['capital.expenditure', '国有资本经营预算财政拨款支出', (d) => d.appropriation.capital.expenditure],
  ['threePublic.total', '“三公”经费合计', (d) => d.threePublic.total],
  ['threePublic.abroad', '因公出国（境）费', (d) => d.threePublic.abroad],
  ['threePublic.reception', '公务接待费', (d) => d.threePublic.reception],
  ['threePublic.vehicle', '公务用车购置及运行维护费', (d) => d.threePublic.vehicle],
  ['threePublic.vehiclePurchase', '公务用车购置费', (d) => d.threePublic.vehiclePurchase],
  ['threePublic.vehicleOperation', '公务用车运行维护费', (d) => d.threePublic.vehicleOperation],
  ['operatingCost', '机关运行经费', (d) => d.operatingCost],
  ['procurement.total', '政府采购预算总额', (d) => d.procurement.total],
  ['procurement.goods', '政府采购货物', (d) => d.procurement.goods],
  ['procurement.works', '政府采购工程', (d) => d.procurement.works],
  ['procurement.services', '政府采购服务', (d) => d.procurement.services],
  ['performance.amount', '绩效目标管理金额', (d) => d.performance.amount],
  ['assets.vehicles', '车辆', (d) => d.assets.vehicles],
  ['assets.vehicles.purchase', '拟购置车辆', (d) => d.assets.vehiclesPurchase],
];

export const FUNCTION_KEY_PREFIX = 'expenditure.function.';

export type FlatFigures = Record<string, string | number>;

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
    'doc.unit': d.identity.unit,
  };
  for (const [key, , get] of FIGURE_KEYS) putFigure(out, key, get(d));
  for (const c of d.expenditure.byFunction) {
    if (c.level === '类') putFigure(out, FUNCTION_KEY_PREFIX + c.name, c.figure);
  }
  return out;
}

/** Keys whose value is text, not a number. */
export const TEXT_KEYS = new Set(['doc.kind', 'doc.unit']);
