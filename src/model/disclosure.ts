import { z } from 'zod';
import { EvidenceSchema } from './evidence.ts';
import { FigureSchema, ReadingSchema } from './figure.ts';
import { TableSchema } from './table.ts';

const figure = FigureSchema.optional();

export const KindSchema = z.enum(['budget', 'final']).describe('budget = 部门预算, final = 部门决算');
export type Kind = z.infer<typeof KindSchema>;

/**
 * Whose money the document covers: 部门 (a department with its subordinate units), 单位 (one unit), or an
 * aggregate of many departments (本级/汇总: “区本级”, “全区汇总”, “经XX汇总”).
 */
export const ScopeSchema = z.enum(['department', 'unit', 'aggregate']);
export type Scope = z.infer<typeof ScopeSchema>;

/**
 * What the document is, so that the checker asks only for what such a document carries: a full disclosure, a
 * “三公” notice, one section of a disclosure, the tables only, or an excerpt that begins or ends mid-document.
 */
export const ContentSchema = z.enum(['full', 'threePublic', 'section', 'tables', 'excerpt']);
export type Content = z.infer<typeof ContentSchema>;

export const IdentitySchema = z.object({
  kind: KindSchema,
  year: z.number().int().min(1990).max(2100).describe('the fiscal year disclosed'),
  unit: z.string().nullable().describe('department or unit name as the document gives it; null when it names none'),
  scope: ScopeSchema.optional().describe('部门, 单位 or aggregate (本级/汇总) disclosure'),
  content: ContentSchema.optional().describe('what the document is: full disclosure, 三公 notice, one section, tables only, excerpt'),
  truncated: z.boolean().optional().describe('the text stops mid-sentence or mid-section (a cut-off copy)'),
  region: z.string().optional().describe('e.g. 上海市普陀区, 重庆市渝中区, 江苏省'),
  level: z.enum(['national', 'provincial', 'municipal', 'district', 'township']).optional(),
  title: z.string().optional().describe('the document title as printed'),
  reading: ReadingSchema.optional().describe('how sure the reader is of kind and scope (certain: false when it had to guess)'),
  evidence: z.array(EvidenceSchema).default(() => []),
});

/** Keys of the standard sections (domain.md §1a.5); a found section that fits none is `other`. */
export const SectionKeySchema = z.enum([
  'unitInfo', // 单位基本情况 / 部门概况
  'functions', // 职能职责 / 主要职能
  'structure', // 单位构成 / 机构设置 / 决算单位构成
  'overview', // 收支总体情况 / 收入支出决算总体情况
  'income', // 收入预算 / 收入决算
  'expenditure', // 支出预算 / 支出决算
  'appropriation', // 财政拨款收支 / 部门预算情况说明
  'generalExpenditure', // 一般公共预算财政拨款支出
  'basicExpenditure', // 基本支出
  'fund', // 政府性基金
  'capital', // 国有资本经营
  'threePublic', // “三公”经费
  'otherMatters', // 其他重要事项 / 其他相关情况说明
  'operatingCost', // 机关运行经费
  'procurement', // 政府采购
  'performance', // 绩效目标 / 预算绩效管理
  'assets', // 国有资产占有使用
  'glossary', // 名词解释
  'tables', // 预算表 / 决算表 (the standard tables)
  'projects', // 项目经费情况说明
  'contact', // 联系人
  'other',
]);
export type SectionKey = z.infer<typeof SectionKeySchema>;

export const SectionSchema = z.object({
  key: SectionKeySchema,
  title: z.string().describe('heading text as printed, without its number'),
  number: z.string().optional().describe('heading number as printed: 一、（一）1.（1）①'),
  level: z.number().int().min(1).max(6),
  evidence: EvidenceSchema,
});
export type Section = z.infer<typeof SectionSchema>;

/** Money by function class (类) or item (款/项), or by economic class. */
export const ClassifiedFigureSchema = z.object({
  code: z.string().optional().describe('classification code when known (206, 20601, 2060101)'),
  name: z.string().describe('name as the document writes it'),
  level: z.enum(['类', '款', '项']).default('类'),
  path: z.array(z.string()).optional().describe('names of the 类, 款, 项 when the text gives the path'),
  figure: FigureSchema,
});
export type ClassifiedFigure = z.infer<typeof ClassifiedFigureSchema>;

export const IncomeSchema = z.object({
  total: figure.describe('收入总计 (预算: 收入预算; 决算: 本年收入合计)'),
  general: figure.describe('一般公共预算拨款收入'),
  fund: figure.describe('政府性基金预算拨款收入'),
  capital: figure.describe('国有资本经营预算拨款收入'),
  fiscalSpecial: figure.describe('财政专户管理资金收入'),
  business: figure.describe('事业收入'),
  operating: figure.describe('(事业单位)经营收入'),
  superior: figure.describe('上级补助收入'),
  subordinate: figure.describe('附属单位上缴收入'),
  other: figure.describe('其他收入'),
  carryover: figure.describe('上年结转 / 年初结转和结余'),
  nonFiscalBalanceUse: figure.describe('决算: 使用非财政拨款结余'),
  grandTotal: figure.describe('收入总计 including carry-over, where distinct from total'),
});

export const ExpenditureSchema = z.object({
  total: figure.describe('支出总计 (决算: 本年支出合计)'),
  basic: figure.describe('基本支出'),
  project: figure.describe('项目支出'),
  personnel: figure.describe('人员经费'),
  publicFunds: figure.describe('公用经费'),
  operating: figure.describe('决算: 经营支出'),
  reserve: figure.describe('单位预留机动经费 (江苏: 支出 = 基本支出 + 项目支出 + 预留机动经费)'),
  carryForward: figure.describe('结转下年 / 年末结转和结余'),
  grandTotal: figure.describe('支出总计 including carry-forward, where distinct from total'),
  byFunction: z
    .array(ClassifiedFigureSchema)
    .default(() => [])
    .describe('by function class 类 (and 款/项 where stated)'),
  byEconomic: z
    .array(ClassifiedFigureSchema)
    .default(() => [])
    .describe('by economic classification 类/款'),
});

/** One fund's appropriation figures (一般公共预算 / 政府性基金 / 国有资本经营). */
export const FundSchema = z.object({
  income: figure,
  expenditure: figure,
  basic: figure,
  project: figure,
  reserve: figure.describe('单位预留机动经费'),
  personnel: figure.describe('人员经费'),
  publicFunds: figure.describe('公用经费'),
  carryover: figure.describe('年初结转和结余'),
  carryForward: figure.describe('年末结转和结余'),
  statedNone: z.boolean().optional().describe('the text states this fund has none (无…)'),
  byFunction: z
    .array(ClassifiedFigureSchema)
    .default(() => [])
    .describe('项-level statements (X（类）Y（款）Z（项）N万元)'),
});

/** 财政拨款: all appropriations together and by fund. */
export const AppropriationSchema = z.object({
  income: figure.describe('财政拨款收入 (all funds)'),
  expenditure: figure.describe('财政拨款支出 (all funds)'),
  grandTotal: figure.describe('财政拨款收支总计'),
  general: FundSchema.default(() => ({ byFunction: [] })).describe('一般公共预算财政拨款'),
  fund: FundSchema.default(() => ({ byFunction: [] })).describe('政府性基金预算财政拨款'),
  capital: FundSchema.default(() => ({ byFunction: [] })).describe('国有资本经营预算财政拨款'),
});

export const ThreePublicSchema = z.object({
  total: figure.describe('“三公”经费合计'),
  abroad: figure.describe('因公出国（境）费'),
  vehicle: figure.describe('公务用车购置及运行(维护)费'),
  vehiclePurchase: figure.describe('公务用车购置费'),
  vehicleOperation: figure.describe('公务用车运行(维护)费'),
  reception: figure.describe('公务接待费'),
  abroadGroups: figure.describe('决算: 因公出国（境）团组数'),
  abroadPersons: figure.describe('决算: 因公出国（境）人次'),
  vehiclesBought: figure.describe('决算: 购置车辆数'),
  vehiclesHeld: figure.describe('决算: 公务用车保有量'),
  receptionBatches: figure.describe('决算: 国内公务接待批次'),
  receptionPersons: figure.describe('决算: 国内公务接待人次'),
  statedNone: z.boolean().optional().describe('the text states there is no “三公” spending'),
});

export const ProcurementSchema = z.object({
  total: figure.describe('政府采购预算/支出总额'),
  goods: figure.describe('货物'),
  works: figure.describe('工程'),
  services: figure.describe('服务'),
  general: figure.describe('其中一般公共预算拨款政府采购'),
  smeAwarded: figure.describe('决算: 授予中小企业合同金额'),
  smeShare: figure.describe('决算: 授予中小企业合同金额占比 (%)'),
  statedNone: z.boolean().optional(),
});

export const PerformanceSchema = z.object({
  amount: figure.describe('绩效目标管理涉及金额'),
  projects: figure.describe('项目个数'),
  allProjects: z.boolean().optional().describe('the text says every project has performance targets (均实行)'),
  evaluatedAmount: figure.describe('决算: 绩效自评/评价涉及金额'),
  evaluatedProjects: figure.describe('决算: 绩效自评/评价项目个数'),
});

export const AssetsSchema = z.object({
  referenceDate: z.string().optional().describe('截至 date as written'),
  vehicles: figure.describe('车辆 held at the reference date (count)'),
  vehiclesByType: z.array(z.object({ name: z.string(), figure: FigureSchema })).default(() => []),
  vehiclesPurchase: figure.describe('vehicles to be bought in the year (count)'),
  equipment: figure.describe('单价100万元以上设备 (count)'),
});

export const UnitInfoSchema = z.object({
  functions: z
    .array(z.string())
    .default(() => [])
    .describe('职能 items as written'),
  structure: z.string().optional().describe('机构设置 / 单位构成 text'),
  subordinateUnits: z
    .array(z.string())
    .default(() => [])
    .describe('units included (决算单位构成, 机构设置 list)'),
  internalDivisions: figure.describe('内设机构 count'),
  staffing: figure.describe('编制人数'),
});

export const GlossaryEntrySchema = z.object({
  term: z.string(),
  definition: z.string(),
  evidence: EvidenceSchema.optional(),
});

export const ContactSchema = z.object({
  person: z.string().optional(),
  phone: z.string().optional(),
  evidence: EvidenceSchema.optional(),
});

/** A figure statement as it appears in the text, before it is assigned to the model; kept for checks. */
export const StatementSchema = z.object({
  subject: z.string().describe('what the sentence says the amount is (the words before the amount)'),
  figure: FigureSchema,
});

export const SourceSchema = z.object({
  file: z.string(),
  format: z.enum(['text', 'markdown', 'html', 'pdf', 'docx', 'xlsx', 'model']),
  sha256: z.string().optional(),
  encoding: z.string().optional().describe('detected text encoding (utf-8, utf-16le, gb18030)'),
  pages: z.number().int().optional(),
  ocrPages: z.array(z.number().int()).optional().describe('pages read by OCR'),
  unreadablePages: z.array(z.number().int()).optional().describe('pages that could not be read'),
});

export const DisclosureSchema = z
  .object({
    schema: z.literal('yusuan/disclosure@1').default('yusuan/disclosure@1'),
    identity: IdentitySchema,
    sources: z.array(SourceSchema).default(() => []),
    sections: z.array(SectionSchema).default(() => []),
    unitInfo: UnitInfoSchema.default(() => ({ functions: [], subordinateUnits: [] })),
    income: IncomeSchema.default(() => ({})),
    expenditure: ExpenditureSchema.default(() => ({ byFunction: [], byEconomic: [] })),
    appropriation: AppropriationSchema.default(() => ({
      general: { byFunction: [] },
      fund: { byFunction: [] },
      capital: { byFunction: [] },
    })),
    threePublic: ThreePublicSchema.default(() => ({})),
    operatingCost: figure.describe('机关运行经费'),
    procurement: ProcurementSchema.default(() => ({})),
    performance: PerformanceSchema.default(() => ({})),
    assets: AssetsSchema.default(() => ({ vehiclesByType: [] })),
    glossary: z.array(GlossaryEntrySchema).default(() => []),
    contact: ContactSchema.default(() => ({})),
    tables: z.array(TableSchema).default(() => []),
    statements: z
      .array(StatementSchema)
      .default(() => [])
      .describe('every amount sentence as read, for consistency checks'),
  })
  .describe('A departmental budget (部门预算) or final-accounts (部门决算) disclosure');
export type Disclosure = z.infer<typeof DisclosureSchema>;
export type DisclosureInput = z.input<typeof DisclosureSchema>;
export type Income = z.infer<typeof IncomeSchema>;
export type Expenditure = z.infer<typeof ExpenditureSchema>;
export type Fund = z.infer<typeof FundSchema>;
export type ThreePublic = z.infer<typeof ThreePublicSchema>;
export type Identity = z.infer<typeof IdentitySchema>;
export type Source = z.infer<typeof SourceSchema>;
