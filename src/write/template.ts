/**
 * `yusuan template`: an empty model, in YAML with comments, for a department to fill in. Every field the
 * writer uses is there; what is left empty ("") is not said in the output (see input.ts, which prunes it).
 */
import type { Kind } from '../model/index.ts';

type Extra = 'uses' | 'budget' | 'count';
/** [key, comment, extras] of one figure. */
type F = readonly [string, string, Extra[]?];

const q = (s: string) => JSON.stringify(s);

function figure(out: string[], indent: string, [key, label, extras = []]: F, kind: Kind): void {
  out.push(`${indent}${key}:${' '.repeat(Math.max(1, 22 - indent.length - key.length))}# ${label}`);
  const i = `${indent}  `;
  if (extras.includes('count')) {
    out.push(`${i}value: ""`);
    return;
  }
  out.push(`${i}value: ""            # 本年${kind === 'final' ? '决算数' : '预算数'}，万元，写成带引号的数字，如 "447.01"`);
  out.push(`${i}prev: ""             # 上年数（写了才有“比上年增加/减少/持平”）`);
  if (kind === 'final' && extras.includes('budget')) out.push(`${i}budget: ""           # 年初预算数（写了才有完成率）`);
  out.push(`${i}reason: ""           # 增减原因（不写“主要原因是”）`);
  if (extras.includes('uses')) out.push(`${i}uses: ""             # 主要用途（不写“主要用于”）`);
}

function group(out: string[], key: string, comment: string, figs: F[], kind: Kind, indent = ''): void {
  out.push(`${indent}${key}:${' '.repeat(Math.max(1, 22 - indent.length - key.length))}# ${comment}`);
  for (const f of figs) figure(out, `${indent}  `, f, kind);
}

export function templateModel(kind: Kind, year: number): string {
  const doc = kind === 'final' ? `${year}年度部门决算` : `${year}年部门预算`;
  const out: string[] = [
    `# yusuan：${doc}数据模板（yusuan/disclosure@1）`,
    '# 填写本单位的数据后运行：yusuan render 本文件.yaml --format pdf -o 输出.pdf',
    '# 说明：金额单位为万元，写成带引号的数字（"447.01"），写几位小数就印几位；',
    '#       留空（""）的项目不会出现在公开文本中，不会被当作 0；确实为 0 的写 "0"。',
    '#       本模板中的注释不会进入公开文本。',
    `schema: yusuan/disclosure@1`,
    'identity:',
    `  kind: ${kind}               # budget = 部门预算, final = 部门决算`,
    `  year: ${year}`,
    '  unit: ""                   # 部门（单位）名称',
    '  scope: department          # department = 部门, unit = 单位',
    'unitInfo:',
    '  functions: []              # 职能职责，每条一行：  - "拟订……"',
    '  structure: ""              # 单位构成（内设机构、编制、领导职数）',
    '  subordinateUnits: []       # 纳入编制范围的单位：  - "某某中心"',
  ];
  group(
    out,
    'income',
    '收入',
    [
      ['total', kind === 'final' ? '本年收入合计' : '收入总计（年初预算数）'],
      ['general', '一般公共预算拨款收入'],
      ['fund', '政府性基金预算拨款收入'],
      ['capital', '国有资本经营预算拨款收入'],
      ['business', '事业收入'],
      ['operating', kind === 'final' ? '经营收入' : '事业单位经营收入'],
      ...(kind === 'final'
        ? ([
            ['superior', '上级补助收入'],
            ['subordinate', '附属单位上缴收入'],
          ] as F[])
        : []),
      ['other', '其他收入'],
      ['carryover', kind === 'final' ? '年初结转和结余' : '上年结转'],
    ],
    kind,
  );
  group(
    out,
    'expenditure',
    '支出',
    [
      ['total', kind === 'final' ? '本年支出合计' : '支出总计（年初预算数）'],
      ['basic', '基本支出'],
      ['project', '项目支出'],
      ['carryForward', kind === 'final' ? '年末结转和结余' : '结转下年'],
    ],
    kind,
  );
  out.push(
    '  byFunction:               # 按功能分类（类）的支出，每类一项：',
    '    # - code: "206"            # 科目编码（类3位、款5位、项7位）',
    '    #   name: 科学技术支出',
    '    #   level: 类',
    '    #   figure: { value: "352.72" }',
    '    []',
    '  byEconomic: []             # 按经济分类（301、302…）的基本支出，格式同上',
    'appropriation:              # 财政拨款',
  );
  group(
    out,
    'general',
    '一般公共预算财政拨款',
    [
      ['income', '收入'],
      ['expenditure', '支出', ['budget']],
      ['basic', '基本支出', ['uses']],
      ['project', '项目支出', ['uses']],
      ['personnel', '人员经费'],
      ['publicFunds', '公用经费'],
    ],
    kind,
    '  ',
  );
  out.push('    byFunction: []           # 按项列示的支出（上海式“X（类）Y（款）Z（项）”），格式同 byFunction');
  for (const [key, label] of [
    ['fund', '政府性基金预算财政拨款'],
    ['capital', '国有资本经营预算财政拨款'],
  ]) {
    out.push(`  ${key}:${' '.repeat(20 - key.length)}# ${label}`);
    out.push('    statedNone: false        # 没有此项拨款时写 true（输出“无……支出”）');
    figure(out, '    ', ['expenditure', '支出'], kind);
    out.push('    byFunction: []');
  }
  group(
    out,
    'threePublic',
    '“三公”经费（财政拨款）',
    [
      ['total', '合计', ['budget']],
      ['abroad', '因公出国（境）费', ['budget']],
      ['reception', '公务接待费', ['budget']],
      ['vehicle', '公务用车购置及运行维护费', ['budget']],
      ['vehiclePurchase', '公务用车购置费', ['budget']],
      ['vehicleOperation', '公务用车运行维护费', ['budget']],
      ...(kind === 'final'
        ? ([
            ['abroadGroups', '因公出国（境）团组数（个）', ['count']],
            ['abroadPersons', '因公出国（境）人次', ['count']],
            ['vehiclesBought', '购置公务用车（辆）', ['count']],
            ['vehiclesHeld', '公务用车保有量（辆）', ['count']],
            ['receptionBatches', '国内公务接待批次', ['count']],
            ['receptionPersons', '国内公务接待人次', ['count']],
          ] as F[])
        : []),
    ],
    kind,
  );
  out.push('  statedNone: false          # 没有“三公”经费时写 true');
  figure(out, '', ['operatingCost', '机关运行经费', ['uses']], kind);
  group(
    out,
    'procurement',
    '政府采购',
    [
      ['total', '总额'],
      ['goods', '货物'],
      ['works', '工程'],
      ['services', '服务'],
      ['general', '其中一般公共预算拨款'],
    ],
    kind,
  );
  out.push('performance:                # 绩效目标管理');
  out.push('  allProjects: false         # 项目支出均实行绩效目标管理时写 true');
  figure(out, '  ', ['amount', '涉及金额'], kind);
  figure(out, '  ', ['projects', '项目个数', ['count']], kind);
  out.push(
    'assets:                     # 国有资产占有使用',
    `  referenceDate: ""          # 截止日期，如 "${kind === 'final' ? year : year - 1}年12月31日"`,
    '  vehicles: { value: "" }    # 车辆数（辆）',
    '  vehiclesByType: []         # 分类：  - { name: 一般公务用车, figure: { value: "1" } }',
    '  vehiclesPurchase: { value: "" }   # 本年拟购置车辆（辆）',
    '  equipment: { value: "" }   # 单价100万元以上设备（台、套）',
    'glossary: []                # 名词解释（不填则使用标准名词解释）：  - { term: 基本支出, definition: "指……" }',
    'contact:',
    '  person: ""                 # 公开联系人',
    '  phone: ""                  # 联系电话',
    'tables: []                  # 已有的标准表（可不填：表格由以上数据生成）',
    '',
  );
  void q;
  return out.join('\n');
}
