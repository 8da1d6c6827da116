/**
 * Statements into the model: which figure a statement is about, from its subject and the section it stands in.
 * The first statement of a figure gives its value; later ones that agree add what it lacks (change, reason).
 */
import { compare, neg, slotOf, sub as subtract, type Disclosure, type Figure, type FigureKey, type SectionKey } from '../model/index.ts';
import { isGenericSubject, type Statement } from './statements.ts';
import { codesNamed } from '../reference/codes.ts';

type Kind = 'budget' | 'final';
type Slot = (d: Disclosure) => { get(): Figure | undefined; set(f: Figure): void };

/** The slot of a figure key (src/model/figure-keys.ts: a key not in the catalogue does not compile). */
const at =
  (key: FigureKey): Slot =>
  (d) =>
    slotOf(d, key);

interface Target {
  re: RegExp;
  slot: Slot;
  /** the statement must stand in one of these sections (innermost or an ancestor) */
  in?: SectionKey[];
  /** … and in none of these (innermost) */
  notIn?: SectionKey[];
  kind?: Kind;
  units?: Statement['unit'][];
  /** subjects that look alike but are something else */
  not?: RegExp;
}

const MONEY: Statement['unit'][] = ['万元'];
/** Vehicle kinds counted within the total (一般公务用车, 执勤执法用车, 特种专业技术用车 …). */
const VEHICLE_TYPE = /一般公务|执勤|执法|特种|专业技术|离退休|其他用车|应急|保障用车|机要|通信|业务用车|领导/;
/** Subjects naming one source or fund, not the total. */
const OTHER_SOURCE = /其他|财政拨款|一般公共预算|政府性基金|国有资本|事业|经营|财政专户|上级|附属/;
const COUNT: Statement['unit'][] = ['辆', '个'];
const INCOME_SECTIONS: SectionKey[] = ['income', 'overview'];
const SPENDING_SECTIONS: SectionKey[] = ['expenditure', 'overview'];
const APPROPRIATION: SectionKey[] = ['appropriation', 'generalExpenditure', 'basicExpenditure', 'fund', 'capital'];

/** Ordered: the first matching target takes the statement. */
const TARGETS: Target[] = [
  // 决算: 收入支出总计 includes the carry-overs; it is neither 本年收入合计 nor 本年支出合计.
  { re: /收入支出(决算)?总计$|收支(决算)?总计$|^(决算)?收入(决算)?总计$/, slot: at('income.grandTotal'), units: MONEY, kind: 'final', not: OTHER_SOURCE },
  { re: /^(决算)?支出(决算)?总计$/, slot: at('expenditure.grandTotal'), units: MONEY, kind: 'final' },
  // “三公” (before anything that mentions 支出 or 预算)
  { re: /三公.{0,6}(经费|支出)?.{0,8}(合计|总额|预算|支出|决算)?$/, slot: at('threePublic.total'), units: MONEY },
  // the items as pages name them, short names too (出国费, 公车运行费, 公务车辆运行, 接待费)
  { re: /(因公)?出国[（(]?境?[）)]?(费用?|经费|支出)?.{0,6}$/, slot: at('threePublic.abroad'), units: MONEY, not: /团组|人次/ },
  { re: /(公务用车|公车|公务车辆?)购置及运行(维护)?(费|经费)?.{0,6}$/, slot: at('threePublic.vehicle'), units: MONEY },
  { re: /(公务用车|公车|公务车辆?)购置(费|经费)?.{0,6}$/, slot: at('threePublic.vehiclePurchase'), units: MONEY },
  { re: /(公务用车|公车|公务车辆?)(\(含[^)]{1,10}\))?运行(维护|维修)?(费|经费)?.{0,6}$/, slot: at('threePublic.vehicleOperation'), units: MONEY },
  { re: /(公务)?接待(费|经费).{0,6}$|公务接待.{0,6}$/, slot: at('threePublic.reception'), units: MONEY, not: /批次|人次|^[（(]?含|外宾|外事/ },
  // 单位预留机动经费 (江苏: 支出 = 基本支出 + 项目支出 + 预留机动经费)
  { re: /(^|单位)预留机动经费(预算)?(数)?$/, slot: at('expenditure.reserve'), units: MONEY },
  // 机关运行经费
  { re: /(机关)?运行经费.{0,8}$/, slot: at('operatingCost'), units: MONEY, notIn: ['glossary'] },
  // 政府采购
  { re: /货物(类)?(政府)?(采购)?.{0,6}$/, slot: at('procurement.goods'), units: MONEY, in: ['procurement'] },
  { re: /工程(类)?(政府)?(采购)?.{0,6}$/, slot: at('procurement.works'), units: MONEY, in: ['procurement'] },
  { re: /服务(类)?(政府)?(采购)?.{0,6}$/, slot: at('procurement.services'), units: MONEY, in: ['procurement'] },
  { re: /政府采购货物(类)?(预算|支出)?.{0,4}$/, slot: at('procurement.goods'), units: MONEY },
  { re: /政府采购工程(类)?(预算|支出)?.{0,4}$/, slot: at('procurement.works'), units: MONEY },
  { re: /政府采购服务(类)?(预算|支出)?.{0,4}$/, slot: at('procurement.services'), units: MONEY },
  { re: /政府采购.{0,6}(预算)?(总额|金额|合计|支出|预算)$|^政府采购$/, slot: at('procurement.total'), units: MONEY, not: /中小|小微|预留|授予/ },
  // 绩效目标
  { re: /(涉及|金额|资金|绩效目标)/, slot: at('performance.amount'), units: MONEY, in: ['performance'] },
  // vehicles held and bought, wherever the text states them (a “三公” notice states them with 公务用车 spending)
  {
    re: /(保有量?|(车辆|公务用车)总数|共有(车辆|公务用车)|实有(车辆|公务用车))(为|是|共)?$/,
    slot: at('assets.vehicles'),
    units: ['辆'],
    not: /改革前|账面|原有|拟|计划/,
  },
  {
    re: /((购置|新购入?|新增|购买)(公务用车|车辆)?|(公务用车|车辆)(购置|新增)(数|数量)?)(为|是|共)?$/,
    slot: at('assets.vehicles.purchase'),
    units: ['辆'],
    not: /更新/,
  },
  // 国有资产: vehicles
  { re: /(拟)?(购置|新增|更新)(车辆|公务用车)?$/, slot: at('assets.vehicles.purchase'), units: COUNT, in: ['assets'] },
  { re: /(车辆|公务用车|用车)(总数|合计)?$/, slot: at('assets.vehicles'), units: COUNT, in: ['assets'], not: VEHICLE_TYPE },
  // Funds: income side first
  { re: /政府性基金(预算)?(财政)?(拨款)?收入/, slot: at('income.fund'), units: MONEY },
  { re: /国有资本经营(预算)?(财政)?(拨款)?收入/, slot: at('income.capital'), units: MONEY },
  { re: /政府性基金/, slot: at('fund.expenditure'), units: MONEY, notIn: ['income'] },
  { re: /国有资本经营/, slot: at('capital.expenditure'), units: MONEY, notIn: ['income'] },
  // 一般公共预算 appropriation
  { re: /一般公共预算(财政)?拨款(收入)?(预算)?$|一般公共预算收入(预算)?$/, slot: at('income.general'), units: MONEY, in: INCOME_SECTIONS },
  { re: /一般公共预算(财政)?拨款(收入)?(预算)?(总计|合计)?$|一般公共预算收入$/, slot: at('general.income'), units: MONEY },
  { re: /一般公共预算(财政)?拨款?(支出)(预算|决算)?(总计|合计)?$|一般公共预算(财政拨款)?支出(预算)?$/, slot: at('general.expenditure'), units: MONEY },
  { re: /(一般公共预算|财政拨款)?(财政)?(拨款)?基本支出(预算|决算)?(数)?$/, slot: at('general.basic'), units: MONEY, in: APPROPRIATION },
  { re: /(一般公共预算|财政拨款)?(财政)?(拨款)?项目支出(预算|决算)?(数)?$/, slot: at('general.project'), units: MONEY, in: APPROPRIATION },
  // 基本支出 = 人员经费 + 公用经费, as the 基本支出 section of the appropriation states them
  { re: /^(其中)?人员经费(合计|支出)?(预算|决算)?$/, slot: at('general.personnel'), units: MONEY, in: APPROPRIATION },
  { re: /^(其中)?(日常)?公用经费(合计|支出)?(预算|决算)?$/, slot: at('general.publicFunds'), units: MONEY, in: APPROPRIATION },
  // 财政拨款 (all funds)
  { re: /财政拨款收入支出(决算)?总计$|财政拨款收支(决算)?总计$/, slot: at('appropriation.grandTotal'), units: MONEY, kind: 'final' },
  { re: /财政拨款(预算)?收入(总)?(预算)?(总计|合计)?(数)?$/, slot: at('appropriation.income'), units: MONEY },
  { re: /财政拨款(预算)?支出(总)?(预算)?(总计|合计)?(数)?$/, slot: at('appropriation.expenditure'), units: MONEY },
  // Income
  {
    re: /(收入(预算)?(总计|合计|总额)|本年收入(预算)?(合计)?|收入预算(总额)?|预算收入(总额|合计|总计)?|^收入)$/,
    slot: at('income.total'),
    units: MONEY,
    notIn: APPROPRIATION,
    not: OTHER_SOURCE,
  },
  { re: /^(年初)?预算(数|总额|总计)?$/, slot: at('income.total'), units: MONEY, in: ['income'] },
  { re: /^(年初)?预算(数|总额|总计)?$/, slot: at('expenditure.total'), units: MONEY, in: ['expenditure'] },
  { re: /事业收入$/, slot: at('income.business'), units: MONEY },
  { re: /经营收入$/, slot: at('income.operating'), units: MONEY },
  { re: /其他(资金)?收入(预算)?(总计|合计)?$/, slot: at('income.other'), units: MONEY },
  { re: /财政专户(管理资金)?收入(预算)?(总计|合计)?$/, slot: at('income.fiscalSpecial'), units: MONEY },
  { re: /(上年结转|年初结转和?结余|年初结转|结转和结余)(资金)?(预算)?(数)?$/, slot: at('income.carryover'), units: MONEY, in: INCOME_SECTIONS },
  // Expenditure
  {
    re: /(支出(预算)?(总计|合计|总额)|本年支出(预算)?(合计)?|支出预算(总额)?|预算支出(总额|合计|总计)?|^支出)$/,
    slot: at('expenditure.total'),
    units: MONEY,
    notIn: APPROPRIATION,
    not: new RegExp(`${OTHER_SOURCE.source}|基本|项目`),
  },
  { re: /基本支出(预算)?(数)?$/, slot: at('expenditure.basic'), units: MONEY, in: SPENDING_SECTIONS },
  { re: /项目支出(预算)?(数)?$/, slot: at('expenditure.project'), units: MONEY, in: SPENDING_SECTIONS },
];

function matches(t: Target, s: Statement, chain: SectionKey[], kind: Kind, subject: string): boolean {
  if (t.kind && t.kind !== kind) return false;
  if (t.units && !t.units.includes(s.unit)) return false;
  // a page without headings (a short notice) has no sections to ask for: its subjects decide
  if (t.in && chain.length > 0 && !(chain[0] && t.in.includes(chain[0]))) return false;
  if (t.notIn && chain[0] && t.notIn.includes(chain[0])) return false;
  if (t.not?.test(subject)) return false;
  return t.re.test(subject);
}

/** Subject without the year and the unit's own name in front (“上海市普陀区财政局2024年度收入支出总计”). */
export function normalizeSubject(subject: string, unit: string): string {
  let s = subject;
  if (unit && s.startsWith(unit)) s = s.slice(unit.length);
  // “上海市普陀区财政局2024年度收入支出总计”: what precedes the year is the unit; but in “公务接待费2024年预算安排”
  // the year interrupts the subject.
  const afterYear = s.replace(/^.{0,30}?(20\d\d)\s*年度?/, '');
  s = isGenericSubject(afterYear) ? s.replace(/(20\d\d)\s*年度?/, '') : afterYear;
  // “预算内收入安排655.55万元”: the 收入 of the budget
  s = s.replace(/^预算内/, '').replace(/(?<=.{2})(预算)?安排$/, '');
  return s
    .replace(/[（(](类|款|项)[）)]/g, '')
    .replace(/[（(](?!境[）)])[^（）()]{2,20}[）)]/g, '')
    .replace(/^(本部门|本单位|部门|单位|全年)/, '')
    .trim();
}

export function toFigure(s: Statement): Figure {
  const f: Figure = { unit: s.unit === '%' ? '%' : s.unit, origin: 'narrative', evidence: [s.evidence] } as Figure;
  for (const k of [
    'value',
    'prev',
    'change',
    'changePercent',
    'direction',
    'directionWord',
    'reason',
    'uses',
    'budget',
    'adjustedBudget',
    'completionRate',
    'budgetDifference',
    'budgetDifferencePercent',
    'budgetRelation',
    'budgetRelationWord',
    'share',
    'statedUnit',
    'wholeWan',
    'restated',
  ] as const) {
    if (s[k] !== undefined) (f as Record<string, unknown>)[k] = s[k];
  }
  if (f.prev === undefined && f.value !== undefined && f.change !== undefined) f.prev = subtract(f.value, f.change);
  else if (f.prev !== undefined) f.prevStated = true;
  return withImpliedBudget(f);
}

/** 决算: a budget stated by its difference only (“支出决算57.36万元 … 比预算数减少17.54万元”) is value − difference. */
function withImpliedBudget(f: Figure): Figure {
  if (f.budget === undefined && f.value !== undefined && f.budgetDifference !== undefined) f.budget = subtract(f.value, f.budgetDifference);
  return f;
}

/** Put a figure in its slot: the first one wins; a later agreeing one fills in what is missing. */
export function place(slot: ReturnType<Slot>, f: Figure): void {
  const cur = slot.get();
  if (!cur) return slot.set(f);
  if (f.value !== undefined && cur.value !== undefined && compare(f.value, cur.value) !== 0) {
    // The same figure stated again with another value: kept for the checker (figure-restated).
    slot.set({ ...cur, restated: [...(cur.restated ?? []), { value: f.value, evidence: f.evidence[0] }] });
    return;
  }
  const merged = { ...f, ...cur } as Figure;
  if (cur.value === undefined && f.value !== undefined) merged.value = f.value;
  if (merged.prev === undefined && merged.value !== undefined && merged.change !== undefined) merged.prev = subtract(merged.value, merged.change);
  withImpliedBudget(merged);
  merged.evidence = [...cur.evidence, ...f.evidence.filter((e) => !cur.evidence.some((c) => c.line === e.line && c.file === e.file))];
  slot.set(merged);
}

/** Function classes (类) named in the expenditure sections: “科学技术支出352.72万元”, “一般公共服务（类）支出”. */
const FUNCTION_CLASS = /^([\u4e00-\u9fa5、]{2,16}?)(?:[（(]类[）)])?支出(?:[（(]类[）)])?$/;

export function assignStatements(d: Disclosure, statements: { s: Statement; chain: SectionKey[] }[]): void {
  const kind = d.identity.kind;
  for (const { s, chain } of statements) {
    const subject = normalizeSubject(s.subject, d.identity.unit ?? '');
    const f = toFigure(s);
    d.statements.push({ subject: s.subject, figure: f });
    if (!subject) continue;
    // “X（类）Y（款）Z（项）”: a classification item, not one of the named figures.
    if (/[（(](款|项)[）)]/.test(s.subject)) {
      if (s.unit === '万元') addItem(d, s.subject, f);
      continue;
    }
    const lead = /^(增加|减少|新增|压减)(.+)$/.exec(subject);
    if (lead && f.value !== undefined && f.change === undefined) {
      // “增加基本支出844.15万元”: the change of 基本支出, not its amount.
      f.change = lead[1] === '减少' || lead[1] === '压减' ? neg(f.value) : f.value;
      delete f.value;
      delete f.prev;
    }
    const named = lead ? lead[2] : subject;
    if (/增加|减少|增长|下降/.test(named)) continue;
    // “区直…“三公”经费决算数为736.40万元” in a district-wide notice: a narrower scope's figure, not the document's
    const narrower = /^(区直|市直|县直|省直|州直|旗直|机关本级|本级)/.exec(named)?.[1];
    if (narrower && !(d.identity.unit ?? '').includes(narrower)) continue;
    if (s.unit === '辆' && chain[0] === 'assets' && VEHICLE_TYPE.test(named) && !/购置|新增|更新/.test(named)) {
      // The first list is the vehicles held; a second one (“拟购置…其中一般公务用车0辆”) breaks down the purchases.
      if (!d.assets.vehiclesByType.some((v) => v.name === named)) d.assets.vehiclesByType.push({ name: named, figure: f });
      continue;
    }
    const t = TARGETS.find((t) => matches(t, s, chain, kind, named));
    if (t) {
      place(t.slot(d), f);
      continue;
    }
    // “公共安全支出-法院”: a 类-款 label names its class first
    const fc = FUNCTION_CLASS.exec(named.replace(/[（(]类[）)]/g, '').replace(/^(.{2,16}?支出)[-—－].{1,12}$/, '$1'));
    if (!fc || s.unit !== '万元' || /基本|项目|财政拨款|一般公共预算|本年|合计|总计/.test(fc[1])) continue;
    // an economic class (工资福利支出, 商品和服务支出, 资本性支出 …) is no function class
    if (isEconomicClass(`${fc[1]}支出`)) continue;
    // A class amount in the expenditure part is the department's; in the 一般公共预算 part, the appropriation's.
    const list = APPROPRIATION.includes(chain[0])
      ? d.appropriation.general.byFunction
      : SPENDING_SECTIONS.some((k) => chain.includes(k))
        ? d.expenditure.byFunction
        : undefined;
    if (list) addClass(list, `${fc[1]}支出`, f);
  }
}

/** A name of the economic classification only (not also a function class's, as 其他支出 is). */
function isEconomicClass(name: string): boolean {
  const codes = codesNamed(name);
  return codes.length > 0 && codes.every((c) => c.scheme !== 'function');
}

function addClass(list: Disclosure['expenditure']['byFunction'], name: string, f: Figure): void {
  const existing = list.find((c) => c.name === name && c.level === '类');
  if (existing) place({ get: () => existing.figure, set: (x) => void (existing.figure = x) }, f);
  else list.push({ name, level: '类', figure: f });
}

/** A 款/项 statement of the appropriation narrative: “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”. */
function addItem(d: Disclosure, subject: string, f: Figure): void {
  const path = [...subject.replace(/[“”"]/g, '').matchAll(/([^（()）]+?)[（(](类|款|项)[）)]/g)].map((m) => m[1].replace(/^.*[，。；：]/, '').trim());
  const levels = [...subject.matchAll(/[（(](类|款|项)[）)]/g)].map((m) => m[1] as '类' | '款' | '项');
  if (!path.length) return;
  d.appropriation.general.byFunction.push({ name: path[path.length - 1], level: levels[levels.length - 1], path, figure: f });
}
