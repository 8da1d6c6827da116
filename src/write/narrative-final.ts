/**
 * The 决算 explanation in the standard structure (domain.md §1a.5, national template): 第一部分 概况,
 * 第二部分 the nine tables, 第三部分 情况说明 (一 … 十一), 第四部分 名词解释. Shares, completion rates and
 * year-over-year differences are computed from the model (Decimal); none is printed on a zero base.
 */
import { add, isZero, percent, type Decimal, type Disclosure, type Figure } from '../model/index.ts';
import type { Block, WrittenTable } from './doc.ts';
import { because, itemPath, sentence } from './narrative-budget.ts';
import { clean, functionParas, glossaryParas, layoutSections, type Section } from './narrative.ts';
import { amt, bare, cnNumber, fig, join, share, stated, versus, yoy, type Stated } from './phrases.ts';
import { generalByClass } from './tables.ts';
import { economicGroup as economicGroupOf } from './codes.ts';

/** “完成年初预算的98.20%”: stated or computed; undefined on a zero budget. */
function completion(f: Figure, label = '完成年初预算的'): string | undefined {
  if (f.completionRate !== undefined) return `${label}${f.completionRate}%`;
  if (f.value === undefined || f.budget === undefined || isZero(f.budget)) return undefined;
  const p = percent(f.value, f.budget, 2);
  return p === null ? undefined : `${label}${p}%`;
}

/** “决算数小于预算数的主要原因：…” / “决算数与预算数持平。” */
function budgetReason(f: Figure, subject = '决算数'): string | undefined {
  if (f.value === undefined || f.budget === undefined) return undefined;
  const v = versus(f.value, f.budget);
  if (v === '等于') return `${subject}与预算数持平`;
  const r = bare(f.reason);
  return r ? `${subject}${v}预算数的主要原因：${r}` : undefined;
}

export function finalNarrative(d: Disclosure, tables: WrittenTable[]): Block[] {
  const Y = d.identity.year;
  const P = Y - 1;
  const unit = clean(d.identity.unit ?? undefined) ?? '';
  const { income: inc, expenditure: exp, appropriation: ap, threePublic: tp } = d;
  const g = ap.general;
  const since = (subject: string) => ({ than: `与${P}年度相比，${subject}`, same: `与${P}年度相比，${subject}`, percent: true });

  // 第一部分 概况
  const structure: string[] = [];
  const s = clean(d.unitInfo.structure);
  if (s) structure.push(s);
  const units = d.unitInfo.subordinateUnits.map(clean).filter(Boolean);
  if (units.length) structure.push(`纳入${unit}${Y}年度部门决算编制范围的单位包括：${units.join('、')}。`);
  const part1 = layoutSections(
    [
      { title: '主要职能', paras: functionParas(d) },
      { title: '部门决算单位构成', paras: structure },
    ],
    2,
  );

  // 第三部分 情况说明
  const grand = inc.grandTotal ?? exp.grandTotal;
  const s1 = stated(grand)
    ? sentence([`${unit}${Y}年度收入支出总计${fig(grand)}`, join([yoy(grand, since('收入支出总计')), because(grand, '主要原因：')], '。')], '。')
    : undefined;

  const apIncome = ap.income?.value ?? sumStated(g.income ?? inc.general, ap.fund.income ?? inc.fund, ap.capital.income ?? inc.capital);
  const incWhole = inc.total?.value;
  const incParts: [string, Decimal | undefined][] = [
    ['财政拨款收入', apIncome],
    ['上级补助收入', inc.superior?.value],
    ['事业收入', inc.business?.value],
    ['经营收入', inc.operating?.value],
    ['附属单位上缴收入', inc.subordinate?.value],
    ['其他收入', inc.other?.value],
  ];
  const withShare = (xs: [string, Decimal | undefined][], whole: Decimal | undefined) =>
    xs
      .filter((x): x is [string, Decimal] => x[1] !== undefined)
      .map(([n, x]) => join([`${n}${amt(x)}`, share(x, whole) && `占${share(x, whole)}`]))
      .join('；');
  const s2 = stated(inc.total) ? sentence([`本年收入合计${fig(inc.total)}`, withShare(incParts, incWhole)], '，其中：') : undefined;
  const expParts: [string, Decimal | undefined][] = [
    ['基本支出', exp.basic?.value],
    ['项目支出', exp.project?.value],
    ['经营支出', exp.operating?.value],
  ];
  const s3 = stated(exp.total) ? sentence([`本年支出合计${fig(exp.total)}`, withShare(expParts, exp.total.value)], '，其中：') : undefined;
  const s4 = stated(ap.grandTotal)
    ? sentence(
        [
          `${unit}${Y}年度财政拨款收入支出总计${fig(ap.grandTotal)}`,
          join([yoy(ap.grandTotal, since('财政拨款收入支出总计')), because(ap.grandTotal, '主要原因：')], '。'),
        ],
        '。',
      )
    : undefined;

  // 五 一般公共预算财政拨款支出
  const ge = g.expenditure;
  const s5a = stated(ge)
    ? sentence(
        [
          join([
            `一般公共预算财政拨款支出${fig(ge)}`,
            stated(exp.total) && share(ge.value, exp.total.value) && `占本年支出合计的${share(ge.value, exp.total.value)}`,
          ]),
          join([yoy(ge, since('一般公共预算财政拨款支出')), ge.budget === undefined ? because(ge, '主要原因：') : undefined], '。'),
        ],
        '。',
      )
    : undefined;
  const classes = generalByClass(d).filter((c) => c.figure.value !== undefined);
  const s5b =
    stated(ge) && classes.length
      ? `一般公共预算财政拨款支出${fig(ge)}，主要用于以下方面：${classes.map((c) => join([`${c.name.replace(/[（(]类[)）]$/, '')}（类）${fig(c.figure as Stated)}`, share(c.figure.value as Decimal, ge.value) && `占${share(c.figure.value as Decimal, ge.value)}`])).join('；')}。`
      : undefined;
  const s5c: string[] = [];
  if (stated(ge) && ge.budget !== undefined) {
    s5c.push(sentence([join([`一般公共预算财政拨款支出年初预算为${amt(ge.budget)}`, `支出决算为${fig(ge)}`, completion(ge)]), budgetReason(ge)], '。')!);
  }
  const items = g.byFunction.filter((c) => c.level === '项' && stated(c.figure));
  items.forEach((c, i) => {
    const f = c.figure as Stated;
    const path = c.path?.length ? itemPath(c.path, c.level) : `${c.name}（项）`;
    s5c.push(
      `${i + 1}、${path}。` +
        join(
          [
            bare(f.uses) && `主要用于：${bare(f.uses)}。`,
            f.budget !== undefined ? `年初预算为${amt(f.budget)}，支出决算为${fig(f)}${completion(f) ? `，${completion(f)}` : ''}。` : `支出决算为${fig(f)}。`,
            budgetReason(f) && `${budgetReason(f)}。`,
          ],
          '',
        ),
    );
  });

  // 六 基本支出
  const econ = (grp: 'personnel' | 'publicFunds') =>
    exp.byEconomic.filter((c) => (c.code?.length ?? 5) === 5 && c.level !== '类' && economicGroupOf(c.code, c.name) === grp).map((c) => c.name);
  const s6 = stated(g.basic)
    ? sentence(
        [
          `一般公共预算财政拨款基本支出${fig(g.basic)}`,
          join(
            [
              stated(g.personnel) && join([`人员经费${fig(g.personnel)}`, econ('personnel').length > 0 && `主要包括：${econ('personnel').join('、')}`]),
              stated(g.publicFunds) && join([`公用经费${fig(g.publicFunds)}`, econ('publicFunds').length > 0 && `主要包括：${econ('publicFunds').join('、')}`]),
            ],
            '；',
          ),
        ],
        '。其中：',
      )
    : undefined;

  // 七 三公
  const s7: { a: string[]; b: string[] } = { a: [], b: [] };
  const tpItems: [string, Figure | undefined][] = [
    ['因公出国（境）费', tp.abroad],
    ['公务用车购置及运行维护费', tp.vehicle],
    ['公务接待费', tp.reception],
  ];
  const noThree =
    tp.statedNone ||
    (stated(tp.total) &&
      isZero(tp.total.value) &&
      (tp.total.budget === undefined || isZero(tp.total.budget)) &&
      !tpItems.some(([, f]) => stated(f) && !isZero(f.value)));
  if (stated(tp.total) && tp.total.budget !== undefined) {
    const its = tpItems
      .filter((x): x is [string, Stated] => stated(x[1]))
      .map(([n, f]) =>
        f.budget !== undefined ? join([`${n}年初预算为${amt(f.budget)}`, `支出决算为${fig(f)}`, completion(f, '完成预算的')]) : `${n}支出决算为${fig(f)}`,
      );
    s7.a.push(
      sentence(
        [join([`“三公”经费财政拨款支出年初预算为${amt(tp.total.budget)}`, `支出决算为${fig(tp.total)}`, completion(tp.total, '完成预算的')]), its.join('；')],
        '，其中：',
      )!,
    );
    const r = budgetReason(tp.total, `${Y}年度“三公”经费支出决算数`);
    if (r) s7.a.push(`${r}。`);
  }
  // each item's change from last year, with or without the total's (a notice may state only the items')
  const w = { than: `比${P}年度`, same: `与${P}年度`, percent: true };
  const vehicleParts: [string, Figure | undefined][] = [
    ['公务用车购置费', tp.vehiclePurchase],
    ['公务用车运行维护费', tp.vehicleOperation],
  ];
  const itemChanges = [...tpItems, ...vehicleParts]
    .filter((x): x is [string, Stated] => stated(x[1]) && yoy(x[1], w) !== undefined)
    .map(([n, f]) => `${n}支出决算${yoy(f, w)}`);
  const totalChange =
    stated(tp.total) && yoy(tp.total, w) !== undefined
      ? join([`${Y}年度“三公”经费财政拨款支出决算${yoy(tp.total, w)}`, tp.total.budget === undefined ? because(tp.total) : undefined])
      : undefined;
  if (totalChange) s7.a.push(sentence([totalChange, itemChanges.join('；')], '。其中：')!);
  else if (itemChanges.length) s7.a.push(`${itemChanges.join('；')}。`);
  if (noThree) s7.b.push(`${unit}${Y}年度无“三公”经费财政拨款支出。`);
  else {
    const counts = join(
      [
        stated(tp.abroadGroups) || stated(tp.abroadPersons)
          ? `因公出国（境）${join([stated(tp.abroadGroups) && `团组${tp.abroadGroups.value}个`, stated(tp.abroadPersons) && `${tp.abroadPersons.value}人次`], '、')}`
          : undefined,
        join([stated(tp.vehiclesBought) && `公务用车购置${tp.vehiclesBought.value}辆`, stated(tp.vehiclesHeld) && `公务用车保有量${tp.vehiclesHeld.value}辆`]),
        stated(tp.receptionBatches) || stated(tp.receptionPersons)
          ? `国内公务接待${join([stated(tp.receptionBatches) && `${tp.receptionBatches.value}批次`, stated(tp.receptionPersons) && `${tp.receptionPersons.value}人次`], '、')}`
          : undefined,
      ],
      '；',
    );
    if (counts) s7.b.push(`${Y}年度${counts}。`);
  }

  const fundText = (name: string, f: Disclosure['appropriation']['fund']) => {
    if (f.statedNone || (stated(f.expenditure) && isZero(f.expenditure.value) && !f.byFunction.length)) return `${unit}${Y}年度无${name}财政拨款收入和支出。`;
    return stated(f.expenditure)
      ? sentence([
          join([
            `${unit}${Y}年度${name}财政拨款支出${fig(f.expenditure)}`,
            yoy(f.expenditure, { than: `比${P}年度`, same: `与${P}年度`, percent: true }),
            because(f.expenditure),
          ]),
        ])
      : undefined;
  };

  const pf = d.performance;
  const s10 = join(
    [
      stated(pf.projects) || stated(pf.amount)
        ? join(
            [
              stated(pf.projects) ? `编报绩效目标的${Y}年度项目${pf.projects.value}个` : '编报绩效目标的项目',
              stated(pf.amount) && `涉及预算金额${fig(pf.amount)}`,
            ],
            stated(pf.projects) ? '，' : '',
          )
        : undefined,
      stated(pf.evaluatedProjects) || stated(pf.evaluatedAmount)
        ? join(
            [
              stated(pf.evaluatedProjects) ? `绩效自评的${Y}年度项目${pf.evaluatedProjects.value}个` : '绩效自评的项目',
              stated(pf.evaluatedAmount) && `涉及预算金额${fig(pf.evaluatedAmount)}`,
            ],
            stated(pf.evaluatedProjects) ? '，' : '',
          )
        : undefined,
    ],
    '；',
  );

  const oc = d.operatingCost;
  const s11a = stated(oc)
    ? isZero(oc.value) && (oc.prev === undefined || isZero(oc.prev))
      ? `${unit}${Y}年度无机关运行经费支出。`
      : sentence([join([`机关运行经费支出${fig(oc)}`, yoy(oc, { than: `比${P}年度`, same: `与${P}年度`, percent: true })]), because(oc)], '。')
    : undefined;
  const pr = d.procurement;
  const kinds = (
    [
      ['货物采购金额', pr.goods],
      ['工程采购金额', pr.works],
      ['服务采购金额', pr.services],
    ] as [string, Figure | undefined][]
  )
    .filter((x): x is [string, Stated] => stated(x[1]))
    .map(([n, f]) => `${n}${fig(f)}`)
    .join('、');
  const s11b =
    pr.statedNone && !(stated(pr.total) && !isZero(pr.total.value))
      ? `${unit}${Y}年度无政府采购支出。`
      : join(
          [
            stated(pr.total)
              ? sentence([`${unit}${Y}年度政府采购金额（以合同签订为准）为${fig(pr.total)}`, kinds], '，其中：')
              : kinds
                ? `${kinds}。`
                : undefined,
            stated(pr.smeAwarded)
              ? sentence([
                  join([
                    `授予中小企业合同金额${fig(pr.smeAwarded)}`,
                    pr.smeShare?.value !== undefined
                      ? `占政府采购支出金额的${pr.smeShare.value}%`
                      : stated(pr.total) && share(pr.smeAwarded.value, pr.total.value) && `占政府采购支出金额的${share(pr.smeAwarded.value, pr.total.value)}`,
                  ]),
                ])
              : undefined,
          ],
          '',
        );
  const as = d.assets;
  const types = as.vehiclesByType
    .filter((x) => stated(x.figure))
    .map((x) => `${x.name}${x.figure.value}辆`)
    .join('、');
  const s11c = join(
    [
      stated(as.vehicles)
        ? sentence([join([`截至${as.referenceDate ?? `${Y}年12月31日`}`, `${unit}共有车辆${as.vehicles.value}辆`]), types], '，其中：')
        : undefined,
      stated(as.vehiclesPurchase) ? `${Y}年度购置车辆${as.vehiclesPurchase.value}辆。` : undefined,
      stated(as.equipment) ? `单价100万元（含）以上设备（不含车辆）${as.equipment.value}台（套）。` : undefined,
    ],
    '',
  );

  const part3: Section[] = [
    { title: '收入支出决算总体情况说明', paras: s1 ? [s1] : [] },
    { title: '收入决算情况说明', paras: s2 ? [s2] : [] },
    { title: '支出决算情况说明', paras: s3 ? [s3] : [] },
    { title: '财政拨款收入支出决算总体情况说明', paras: s4 ? [s4] : [] },
    {
      title: '一般公共预算财政拨款支出决算情况说明',
      subs: [
        { title: '一般公共预算财政拨款支出决算总体情况', paras: s5a ? [s5a] : [] },
        { title: '一般公共预算财政拨款支出决算结构情况', paras: s5b ? [s5b] : [] },
        { title: '一般公共预算财政拨款支出决算具体情况', paras: s5c },
      ],
    },
    { title: '一般公共预算财政拨款基本支出决算情况说明', paras: s6 ? [s6] : [] },
    {
      title: '财政拨款“三公”经费支出决算情况说明',
      subs: [
        { title: '“三公”经费财政拨款支出决算总体情况说明', after: '。', paras: s7.a },
        { title: '“三公”经费财政拨款支出决算具体情况说明', after: '。', paras: s7.b },
      ],
    },
    { title: '政府性基金预算财政拨款收入支出决算情况说明', paras: [fundText('政府性基金预算', ap.fund)].filter((x): x is string => Boolean(x)) },
    { title: '国有资本经营预算财政拨款收入支出决算情况说明', paras: [fundText('国有资本经营预算', ap.capital)].filter((x): x is string => Boolean(x)) },
    { title: '预算绩效管理情况', paras: s10 ? [`${s10}。`] : [] },
    {
      title: '其他重要事项的情况说明',
      subs: [
        { title: '机关运行经费支出情况', paras: s11a ? [s11a] : [] },
        { title: '政府采购支出情况', paras: s11b ? [s11b] : [] },
        { title: '国有资产占有使用情况说明', paras: s11c ? [s11c] : [] },
      ],
    },
  ];

  const blocks: Block[] = [];
  blocks.push({ t: 'heading', level: 1, text: `第一部分　${unit}概况` }, ...part1);
  if (tables.length) {
    blocks.push({ t: 'pagebreak' }, { t: 'heading', level: 1, text: `第二部分　${unit}${Y}年度部门决算表` });
    for (const table of tables) blocks.push({ t: 'table', table });
  }
  blocks.push({ t: 'pagebreak' }, { t: 'heading', level: 1, text: `第三部分　${unit}${Y}年度部门决算情况说明` }, ...layoutSections(part3, 2));
  blocks.push({ t: 'heading', level: 1, text: '第四部分　名词解释' });
  for (const p of glossaryParas(d, (i) => `${cnNumber(i + 1)}、`)) blocks.push({ t: 'para', text: p });
  return blocks;
}

function sumStated(...fs: (Figure | undefined)[]): Decimal | undefined {
  const xs = fs.map((f) => f?.value).filter((x): x is Decimal => x !== undefined);
  return xs.length ? add(...xs) : undefined;
}
