/**
 * The 预算 explanation in the structure and wording of the 重庆 区县 template (the seed): 一、单位基本情况 …
 * 六、专业性名词解释, then 联系人. Every amount comes from the model; differences and direction words are
 * computed; a figure the model does not give is not mentioned.
 */
import { isZero, type Disclosure, type Figure } from '../model/index.ts';
import type { Block } from './doc.ts';
import { clean, functionParas, glossaryParas, layoutSections, type Section } from './narrative.ts';
import { amt, bare, changeOf, cnNumber, fig, join, prevOf, stated, yoy, type Stated, type YoyWords } from './phrases.ts';

/** “，主要原因是…” from a figure's reason, if it has one. */
export function because(f: Figure | undefined, lead = '主要原因是'): string | undefined {
  const r = bare(f?.reason);
  return r ? `${lead}${r}` : undefined;
}

export function usedFor(f: Figure | undefined, lead = '主要用于'): string | undefined {
  const u = bare(f?.uses);
  return u ? `${lead}${u}` : undefined;
}

/** “基本支出减少3.43万元” from a change (stated or computed). */
function changeClause(label: string, f: Figure | undefined): string | undefined {
  const c = changeOf(f);
  if (c === undefined) return undefined;
  if (isZero(c)) return `${label}与去年持平`;
  return `${label}${c.startsWith('-') ? '减少' : '增加'}${amt(c.replace(/^-/, ''))}`;
}

export function budgetNarrative(d: Disclosure): Block[] {
  const Y = d.identity.year;
  const P = Y - 1;
  const lastYear: YoyWords = { than: `比${P}年`, same: `与${P}年` };
  const { income: inc, expenditure: exp, appropriation: ap, threePublic: tp } = d;

  // 一、单位基本情况
  const structure: string[] = [];
  const s = clean(d.unitInfo.structure);
  if (s) structure.push(s);
  else {
    const parts = join([
      stated(d.unitInfo.internalDivisions) && `内设${d.unitInfo.internalDivisions.value}个机构`,
      stated(d.unitInfo.staffing) && `编制${d.unitInfo.staffing.value}人`,
    ]);
    if (parts) structure.push(`${d.identity.unit}${parts}。`);
  }
  const units = d.unitInfo.subordinateUnits.map(clean).filter(Boolean);
  if (units.length) structure.push(`纳入${Y}年部门预算编制范围的单位包括：${units.join('、')}。`);

  // 二、部门收支总体情况
  const sources: [string, Figure | undefined][] = [
    ['一般公共预算拨款', inc.general],
    ['政府性基金预算拨款', inc.fund],
    ['国有资本经营预算拨款', inc.capital],
    ['财政专户管理资金', inc.fiscalSpecial],
    ['事业收入', inc.business],
    ['事业单位经营收入', inc.operating],
    ['上级补助收入', inc.superior],
    ['附属单位上缴收入', inc.subordinate],
    ['其他收入', inc.other],
    ['上年结转', inc.carryover],
  ];
  // “一般公共预算拨款447.01万元，其他收入…”; where the model gives last year's figures, each item with its
  // comparison, and the items separated by “；”
  const listed = (xs: [string, Figure | undefined][]) => {
    const items = xs.filter((x): x is [string, Stated] => stated(x[1]));
    const withYoy = items.some(([, f]) => prevOf(f) !== undefined);
    return items.map(([n, f]) => join([`${n}${fig(f)}`, withYoy && yoy(f, lastYear)])).join(withYoy ? '；' : '，');
  };
  const incomeText = sentence([
    stated(inc.total) ? `${Y}年年初预算数${fig(inc.total)}` + (listed(sources) ? `，其中：${listed(sources)}` : '') : listed(sources) || undefined,
    inc.total && join([yoy(inc.total, { than: '收入较去年', same: '收入与去年' }), because(inc.total, '主要是')]),
  ]);
  const classes = exp.byFunction.filter((c) => c.level === '类' && stated(c.figure));
  const byClass = listed(classes.map((c) => [c.name, c.figure] as [string, Figure]));
  const byNature = listed([
    ['基本支出', exp.basic],
    ['项目支出', exp.project],
  ]);
  const expReason =
    because(exp.total, '主要是') ??
    (() => {
      const parts = join([changeClause('基本支出', exp.basic), changeClause('项目支出', exp.project)]);
      // said already where 按支出性质分 gives each with its comparison
      const saidAlready = stated(exp.basic) || stated(exp.project);
      return parts && !saidAlready && exp.total?.prev !== undefined ? `主要是${parts}` : undefined;
    })();
  const expenditureText = sentence([
    stated(exp.total) ? `${Y}年年初预算数${fig(exp.total)}` + (byClass ? `，其中：${byClass}` : '') : byClass || undefined,
    byNature && `按支出性质分：${byNature}`,
    exp.total && join([yoy(exp.total, { than: '支出较去年', same: '支出与去年' }), expReason]),
  ]);

  // 三、部门预算情况说明
  const g = ap.general;
  const part = (label: string, f: Figure | undefined) => (stated(f) ? join([`${label}${fig(f)}`, yoy(f, lastYear), because(f), usedFor(f)]) : undefined);
  const generalText = sentence(
    [
      join([
        stated(g.income) && `${Y}年一般公共预算财政拨款收入${fig(g.income)}`,
        stated(g.expenditure) && join([`一般公共预算财政拨款支出${fig(g.expenditure)}`, yoy(g.expenditure, lastYear), because(g.expenditure)]),
      ]),
      join([part('基本支出', g.basic), part('项目支出', g.project)], '；'),
    ],
    '。其中：',
  );
  const items = g.byFunction
    .filter((c) => c.level === '项' && stated(c.figure))
    .map((c) => {
      const path = c.path?.length ? itemPath(c.path, c.level) : c.name;
      return join([`${path}${fig(c.figure as Stated)}`, usedFor(c.figure)]);
    });
  const fundText = (name: string, f: Disclosure['appropriation']['fund']) => {
    if (f.statedNone || (stated(f.expenditure) && isZero(f.expenditure.value) && !f.byFunction.length)) {
      const prev = prevOf(f.expenditure);
      if (prev === undefined || isZero(prev)) return `${Y}年无使用${name}拨款安排的支出${prev === undefined ? '' : `，与${P}年持平`}。`;
    }
    return stated(f.expenditure)
      ? sentence([join([`${Y}年${name}拨款支出${fig(f.expenditure)}`, yoy(f.expenditure, lastYear), because(f.expenditure), usedFor(f.expenditure)])])
      : undefined;
  };

  // 四、“三公”经费情况说明
  let threeText: string | undefined;
  if (tp.statedNone && !(stated(tp.total) && !isZero(tp.total.value))) threeText = `${Y}年无“三公”经费预算。`;
  else {
    const split = Boolean(tp.vehicleOperation || tp.vehiclePurchase);
    const vehicleStated = tp.vehicle && tp.vehicle.origin !== 'derived';
    const itemList: [string, Figure | undefined][] = [
      ['因公出国（境）费用', tp.abroad],
      ['公务接待费', tp.reception],
      ...((!split || vehicleStated ? [['公务用车购置及运行维护费', tp.vehicle]] : []) as [string, Figure | undefined][]),
      ...((split
        ? [
            ['公务用车运行维护费', tp.vehicleOperation],
            ['公务用车购置费', tp.vehiclePurchase],
          ]
        : []) as [string, Figure | undefined][]),
    ];
    const parts = itemList.filter((x): x is [string, Stated] => stated(x[1])).map(([n, f]) => join([`${n}${fig(f)}`, yoy(f, lastYear), because(f)]));
    const head = stated(tp.total) ? join([`${Y}年“三公”经费预算${fig(tp.total)}`, yoy(tp.total, lastYear), because(tp.total)]) : undefined;
    threeText = head || parts.length ? sentence([head, parts.join('；')], head && parts.length ? '。其中：' : '') : undefined;
  }

  // 五、其他重要事项
  const oc = d.operatingCost;
  let ocText: string | undefined;
  if (stated(oc)) {
    ocText =
      isZero(oc.value) && (oc.prev === undefined || isZero(oc.prev))
        ? `${Y}年无机关运行经费支出。`
        : sentence(
            [join([`${Y}年一般公共预算财政拨款运行经费${fig(oc)}`, yoy(oc, { than: '比上年', same: '与上年' }), because(oc, '主要原因为')]), usedFor(oc)],
            '；',
          );
  }
  const pr = d.procurement;
  let procText: string | undefined;
  if (pr.statedNone && !(stated(pr.total) && !isZero(pr.total.value))) procText = `${Y}年无政府采购预算。`;
  else if (stated(pr.total) || stated(pr.goods) || stated(pr.works) || stated(pr.services)) {
    const kinds = [
      ['政府采购货物预算', pr.goods],
      ['政府采购工程预算', pr.works],
      ['政府采购服务预算', pr.services],
    ] as [string, Figure | undefined][];
    const ks = kinds
      .filter((x): x is [string, Stated] => stated(x[1]))
      .map(([n, f]) => `${n}${fig(f)}`)
      .join('、');
    procText = sentence(
      [
        join([stated(pr.total) ? `所属各预算单位政府采购预算总额${fig(pr.total)}` : undefined, ks || undefined], '：'),
        stated(pr.general) ? `其中一般公共预算拨款政府采购${fig(pr.general)}` : undefined,
      ],
      '；',
    );
  }
  const pf = d.performance;
  let perfText: string | undefined;
  if (stated(pf.amount) || stated(pf.projects)) {
    const who = pf.allProjects
      ? `${Y}年项目支出均实行了绩效目标管理`
      : stated(pf.projects)
        ? `${Y}年实行绩效目标管理的项目${pf.projects.value}个`
        : `${Y}年项目支出实行了绩效目标管理`;
    perfText = sentence([join([who, stated(pf.amount) ? `涉及一般公共预算财政拨款${fig(pf.amount)}` : undefined])]);
  }
  const as = d.assets;
  let assetText: string | undefined;
  if (stated(as.vehicles) || stated(as.vehiclesPurchase) || stated(as.equipment)) {
    const types = as.vehiclesByType
      .filter((x) => stated(x.figure))
      .map((x) => `${x.name}${x.figure.value}辆`)
      .join('、');
    assetText = join(
      [
        stated(as.vehicles)
          ? sentence([
              join([
                as.referenceDate ? `截止${as.referenceDate}` : undefined,
                `所属各预算单位共有车辆${as.vehicles.value}辆`,
                types ? `其中${types}` : undefined,
              ]),
            ])
          : undefined,
        stated(as.vehiclesPurchase) ? `${Y}年一般公共预算安排购置车辆${as.vehiclesPurchase.value}辆。` : undefined,
        stated(as.equipment) ? `单价100万元以上设备${as.equipment.value}台（套）。` : undefined,
      ],
      '',
    );
  }

  const sections: Section[] = [
    {
      title: '单位基本情况',
      subs: [
        { title: '职能职责', after: '。', paras: functionParas(d) },
        { title: '单位构成', after: '。', paras: structure },
      ],
    },
    {
      title: '部门收支总体情况',
      subs: [
        { title: '收入预算', after: '：', runIn: true, paras: incomeText ? [incomeText] : [] },
        { title: '支出预算', after: '：', runIn: true, paras: expenditureText ? [expenditureText] : [] },
      ],
    },
    {
      title: '部门预算情况说明',
      paras: [
        generalText,
        ...(items.length ? [`其中：${items.join('；')}。`] : []),
        fundText('政府性基金预算', ap.fund),
        fundText('国有资本经营预算', ap.capital),
      ].filter((x): x is string => Boolean(x)),
    },
    { title: '“三公”经费情况说明', paras: threeText ? [threeText] : [] },
    {
      title: '其他重要事项的情况说明',
      subs: [
        { title: '机关运行经费', after: '。', runIn: true, paras: ocText ? [ocText] : [] },
        { title: '政府采购情况', after: '。', runIn: true, paras: procText ? [procText] : [] },
        { title: '绩效目标设置情况', after: '。', runIn: true, paras: perfText ? [perfText] : [] },
        { title: '国有资产占有使用情况', after: '。', runIn: true, paras: assetText ? [assetText] : [] },
      ],
    },
    { title: '专业性名词解释', paras: glossaryParas(d, (i) => `（${cnNumber(i + 1)}）`) },
  ];
  const blocks = layoutSections(sections, 1);
  const c = d.contact;
  if (c.person || c.phone) {
    blocks.push({ t: 'para', text: join([c.person && `单位预算公开联系人：${c.person}`, c.phone && `联系方式：${c.phone}`], '  ') });
  }
  return blocks;
}

/** “科学技术支出（类）科学技术管理事务（款）行政运行（项）”: the path's names, the last one at the item's level. */
export function itemPath(path: string[], level: '类' | '款' | '项'): string {
  const levels = ['类', '款', '项'].slice(0, ['类', '款', '项'].indexOf(level) + 1).slice(-path.length);
  return path.map((p, k) => (/[（(][类款项][)）]$/.test(p) ? p : `${p}（${levels[k] ?? level}）`)).join('');
}

/** Clauses joined into one sentence ending with “。”; undefined when there is nothing to say. */
export function sentence(parts: (string | undefined | false | '')[], sep = '；'): string | undefined {
  const t = join(parts, sep);
  return t ? `${t.replace(/[。；，]+$/, '')}。` : undefined;
}
