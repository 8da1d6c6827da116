import { z } from 'zod';
import { DecimalSchema } from './decimal-schema.ts';
import { EvidenceSchema } from './evidence.ts';

/**
 * The standard tables (domain.md §1a.4). Names cover the 预算 and 决算 variants; `other` keeps a table
 * that is published but not one of the standard set (项目支出表, 绩效目标表…).
 */
export const TableKindSchema = z.enum([
  'summary', // 收支总表 / 财务收支预算总表 / 收入支出决算总表
  'income', // 收入总表 / 收入预算总表 / 收入决算表
  'expenditure', // 支出总表 / 支出预算总表 / 支出决算表
  'appropriationSummary', // 财政拨款收支总表 / 财政拨款收入支出决算总表
  'generalExpenditure', // 一般公共预算支出表 (功能分类)
  'generalBasic', // 一般公共预算基本支出表 (经济分类)
  'threePublic', // “三公”经费支出表 (and 机关运行经费 in 上海 T9)
  'fundExpenditure', // 政府性基金预算支出表
  'capitalExpenditure', // 国有资本经营预算支出表
  'other',
]);
export type TableKind = z.infer<typeof TableKindSchema>;

export const TableRowSchema = z.object({
  code: z.string().optional().describe('classification code, joined (2060101), when printed'),
  name: z.string().describe('row label as printed (名称 or 项目)'),
  level: z.enum(['类', '款', '项', 'total', 'item']).optional().describe('classification level of the row'),
  values: z.array(DecimalSchema.nullable()).describe('one per column; null for a blank cell; money in 万元'),
  side: z.enum(['income', 'expenditure']).optional().describe('in two-sided tables (收支总表): which side'),
  evidence: EvidenceSchema.optional(),
});
export type TableRow = z.infer<typeof TableRowSchema>;

export const TableSchema = z
  .object({
    kind: TableKindSchema,
    title: z.string(),
    number: z.string().optional().describe('the table’s number as printed (表1, 01表, 六…)'),
    unit: z.enum(['元', '万元']).describe('unit printed on the table (单位：元/万元); values are converted to 万元'),
    columns: z.array(z.string()).describe('column headers, merged header rows joined with “/”'),
    rows: z.array(TableRowSchema),
    emptyNote: z.string().optional().describe('空表说明 printed with the table'),
    evidence: EvidenceSchema.optional().describe('where the table title is'),
  })
  .describe('A standard table as published, values in 万元');
export type Table = z.infer<typeof TableSchema>;
