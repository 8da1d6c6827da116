/**
 * The figure catalogue: every named figure of the model, by its flat key (`threePublic.reception`), with its
 * Chinese name and its place in the model. It is the one source of the keys: `FigureKey` is derived from it, and
 * the extractor (assign, table figures), the checker's labels, the portal, the store and the reports take their
 * keys and names from here, so that a key misspelt anywhere fails to compile (test/figure-keys.types.ts).
 * The printed keys are those of `yusuan figures` (shared/spec/figures.tsv, suffixes.md).
 */
import type { Disclosure } from './disclosure.ts';
import type { Figure } from './figure.ts';
import type { Decimal } from './decimal.ts';

/** The dotted model paths that hold one figure (`appropriation.general.basic`), derived from the Disclosure type. */
type SlotsOf<T, P extends string> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Figure
    ? `${P}${K}`
    : NonNullable<T[K]> extends readonly unknown[]
      ? never
      : NonNullable<T[K]> extends object
        ? SlotsOf<NonNullable<T[K]>, `${P}${K}.`>
        : never;
}[keyof T & string];
export type FigureSlot = SlotsOf<Disclosure, ''>;

interface FigureDef {
  /** 中文名, as `yusuan figures`, the portal and the reports print it */
  readonly name: string;
  /** where the figure lives in the model (checked against the Disclosure type) */
  readonly at: FigureSlot;
  /** a key of `yusuan figures` and of shared/spec/figures.tsv (the others are the model's own) */
  readonly printed?: true;
  /** the name inside a finding's sentence, where it differs from `name` */
  readonly label?: string;
  /** a count of vehicles, not money in 万元 */
  readonly unit?: '辆';
}

/** In the order of `yusuan figures` (printed keys first). */
const CATALOGUE = {
  'income.total': { name: '收入总计', at: 'income.total', printed: true },
  'income.general': { name: '一般公共预算拨款收入', at: 'income.general', printed: true },
  'income.fund': { name: '政府性基金预算拨款收入', at: 'income.fund', printed: true },
  'income.capital': { name: '国有资本经营预算拨款收入', at: 'income.capital', printed: true },
  'income.business': { name: '事业收入', at: 'income.business', printed: true },
  'income.operating': { name: '经营收入', at: 'income.operating', printed: true },
  'income.other': { name: '其他收入', at: 'income.other', printed: true },
  'income.carryover': { name: '上年结转', at: 'income.carryover', printed: true },
  'expenditure.total': { name: '支出总计', at: 'expenditure.total', printed: true },
  'expenditure.basic': { name: '基本支出', at: 'expenditure.basic', printed: true },
  'expenditure.project': { name: '项目支出', at: 'expenditure.project', printed: true },
  'general.income': { name: '一般公共预算财政拨款收入', at: 'appropriation.general.income', printed: true },
  'general.expenditure': { name: '一般公共预算财政拨款支出', at: 'appropriation.general.expenditure', printed: true },
  'general.basic': { name: '一般公共预算财政拨款基本支出', at: 'appropriation.general.basic', printed: true },
  'general.project': { name: '一般公共预算财政拨款项目支出', at: 'appropriation.general.project', printed: true },
  'fund.expenditure': { name: '政府性基金预算财政拨款支出', at: 'appropriation.fund.expenditure', printed: true },
  'capital.expenditure': { name: '国有资本经营预算财政拨款支出', at: 'appropriation.capital.expenditure', printed: true },
  'threePublic.total': { name: '“三公”经费合计', label: '“三公”经费', at: 'threePublic.total', printed: true },
  'threePublic.abroad': { name: '因公出国（境）费', at: 'threePublic.abroad', printed: true },
  'threePublic.reception': { name: '公务接待费', at: 'threePublic.reception', printed: true },
  'threePublic.vehicle': { name: '公务用车购置及运行维护费', label: '公务用车购置及运行费', at: 'threePublic.vehicle', printed: true },
  'threePublic.vehiclePurchase': { name: '公务用车购置费', at: 'threePublic.vehiclePurchase', printed: true },
  'threePublic.vehicleOperation': { name: '公务用车运行维护费', at: 'threePublic.vehicleOperation', printed: true },
  operatingCost: { name: '机关运行经费', at: 'operatingCost', printed: true },
  'procurement.total': { name: '政府采购预算总额', label: '政府采购总额', at: 'procurement.total', printed: true },
  'procurement.goods': { name: '政府采购货物', at: 'procurement.goods', printed: true },
  'procurement.works': { name: '政府采购工程', at: 'procurement.works', printed: true },
  'procurement.services': { name: '政府采购服务', at: 'procurement.services', printed: true },
  'performance.amount': { name: '绩效目标管理金额', at: 'performance.amount', printed: true },
  'assets.vehicles': { name: '车辆', at: 'assets.vehicles', printed: true, unit: '辆' },
  'assets.vehicles.purchase': { name: '拟购置车辆', at: 'assets.vehiclesPurchase', printed: true, unit: '辆' },
  // the model's own: stated by the documents, compared by the checker, not in the shared spec
  'income.fiscalSpecial': { name: '财政专户管理资金收入', at: 'income.fiscalSpecial' },
  'income.superior': { name: '上级补助收入', at: 'income.superior' },
  'income.subordinate': { name: '附属单位上缴收入', at: 'income.subordinate' },
  'income.nonFiscalBalanceUse': { name: '使用非财政拨款结余', at: 'income.nonFiscalBalanceUse' },
  'income.grandTotal': { name: '收入总计（含结转）', at: 'income.grandTotal' },
  'expenditure.personnel': { name: '人员经费', at: 'expenditure.personnel' },
  'expenditure.publicFunds': { name: '公用经费', at: 'expenditure.publicFunds' },
  'expenditure.reserve': { name: '单位预留机动经费', at: 'expenditure.reserve' },
  'expenditure.operating': { name: '经营支出', at: 'expenditure.operating' },
  'expenditure.carryForward': { name: '结转下年', at: 'expenditure.carryForward' },
  'expenditure.grandTotal': { name: '支出总计（含结转）', at: 'expenditure.grandTotal' },
  'general.personnel': { name: '一般公共预算财政拨款人员经费', at: 'appropriation.general.personnel' },
  'general.publicFunds': { name: '一般公共预算财政拨款公用经费', at: 'appropriation.general.publicFunds' },
  'appropriation.income': { name: '财政拨款收入', at: 'appropriation.income' },
  'appropriation.expenditure': { name: '财政拨款支出', at: 'appropriation.expenditure' },
  'appropriation.grandTotal': { name: '财政拨款收支总计', at: 'appropriation.grandTotal' },
  'procurement.general': { name: '一般公共预算拨款政府采购', at: 'procurement.general' },
} as const satisfies Record<string, FigureDef>;

/** A figure key: `'threePublic.reception'`; anything not in the catalogue is a compile error. */
export type FigureKey = keyof typeof CATALOGUE;
/** The keys `yusuan figures` prints. */
export type PrintedKey = { [K in FigureKey]: (typeof CATALOGUE)[K] extends { printed: true } ? K : never }[FigureKey];
export type FigureSuffix = 'prev' | 'change' | 'budget';

export const FUNCTION_KEY_PREFIX = 'expenditure.function.';
/** A key as `yusuan figures` prints it: a figure, one of its suffixes, or a function class (expenditure.function.教育支出). */
export type FlatKey = FigureKey | `${FigureKey}.${FigureSuffix}` | `${typeof FUNCTION_KEY_PREFIX}${string}`;

/** Where a key's figure lives in the model, as a property path. */
type Path = readonly string[];

const ENTRIES = Object.entries(CATALOGUE) as [FigureKey, FigureDef][];
const PATHS = new Map<string, Path>(ENTRIES.map(([k, d]) => [k, d.at.split('.')]));

/** `[key, 中文名, path]` of the printed keys, in the order `yusuan figures` prints them. */
export const FIGURE_KEYS: ReadonlyArray<readonly [key: PrintedKey, name: string, path: Path]> = ENTRIES.filter(([, d]) => d.printed).map(
  ([k, d]) => [k as PrintedKey, d.name, PATHS.get(k)!] as const,
);

export const isFigureKey = (key: string): key is FigureKey => PATHS.has(key);

/** 中文名 of a flat key, its suffix said in words (上年, 增减, 年初预算); a function class by its own name; another string as it is. */
export function figureName(key: string): string {
  if (key.startsWith(FUNCTION_KEY_PREFIX)) return key.slice(FUNCTION_KEY_PREFIX.length);
  const base = key.replace(/\.(prev|change|budget)$/, '');
  const suffix = key.slice(base.length);
  const name = isFigureKey(base) ? CATALOGUE[base].name : base;
  return suffix === '.prev' ? `${name}（上年）` : suffix === '.change' ? `${name}（增减）` : suffix === '.budget' ? `${name}（年初预算）` : name;
}

const ORDER = new Map<string, number>(ENTRIES.map(([k], i) => [k, i]));
/** Flat keys in the catalogue's order; function classes right after 项目支出, unknown keys last. */
export function orderKeys(keys: string[]): string[] {
  const rank = (k: string) => (k.startsWith(FUNCTION_KEY_PREFIX) ? ORDER.get('expenditure.project')! + 0.5 : (ORDER.get(k) ?? 999));
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The name of a model path (`threePublic.total`) in a finding's sentence; undefined for a path the catalogue does not name. */
const LABELS = new Map<string, string>(ENTRIES.map(([, d]) => [d.at, d.label ?? d.name]));
export const labelAt = (slot: string): string | undefined => LABELS.get(slot);

/** Keys counted in vehicles (辆), not money. */
export const COUNT_KEYS: ReadonlySet<FigureKey> = new Set(ENTRIES.filter(([, d]) => d.unit === '辆').map(([k]) => k));

/** The model path of a flat key (without suffix), e.g. ['appropriation', 'general', 'basic']; undefined for another string. */
export const figurePath = (key: string): Path | undefined => PATHS.get(key);

/** The figure a key (without suffix) names, e.g. figureAt(d, 'general.basic'). */
export function figureAt(d: Disclosure, key: FigureKey): Figure | undefined {
  let obj: unknown = d;
  for (const p of PATHS.get(key)!) obj = (obj as Record<string, unknown> | undefined)?.[p];
  return obj as Figure | undefined;
}

/** Put a figure where a key (without suffix) names it. */
export function setFigureAt(d: Disclosure, key: FigureKey, f: Figure): void {
  const path = PATHS.get(key)!;
  let obj = d as unknown as Record<string, unknown>;
  for (const p of path.slice(0, -1)) obj = obj[p] as Record<string, unknown>;
  obj[path[path.length - 1]] = f;
}

/** A key's place in a model, to read and to fill. */
export interface FigureSlotOf {
  get(): Figure | undefined;
  set(f: Figure): void;
}
export const slotOf = (d: Disclosure, key: FigureKey): FigureSlotOf => ({ get: () => figureAt(d, key), set: (f) => setFigureAt(d, key, f) });

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
