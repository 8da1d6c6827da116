import { z } from 'zod';
import { DecimalSchema } from './decimal-schema.ts';
import { EvidenceSchema } from './evidence.ts';

/** Direction of a change as the text words it (增加/增长/上升 → increase; 减少/下降/降低 → decrease; 持平 → flat). */
export const DirectionSchema = z.enum(['increase', 'decrease', 'flat']);
export type Direction = z.infer<typeof DirectionSchema>;

/** Where a figure was read from. */
export const FigureOriginSchema = z.enum(['narrative', 'table', 'derived', 'data']);

/**
 * How a figure was read: the sentence or table shape, and whether the reading is certain. A reading is uncertain
 * when the reader had to choose (two readings of one sentence, a subject carried from the sentence before, a
 * table whose columns were matched by position); the checker then reports what rests on it as a warning only.
 */
export const ReadingSchema = z.object({
  shape: z.string().describe('the sentence or table shape that read it ("金额+增减", "三公表 预算数/决算数")'),
  certain: z.boolean().describe('false when the reader had to choose between readings'),
  doubt: z.string().optional().describe('why it is uncertain, in words for the finding (“主语承上句”)'),
});
export type Reading = z.infer<typeof ReadingSchema>;

/**
 * One stated figure: this year's value, and where the text gives them the previous year's value, the change
 * (signed: 减少 is negative), the percentage, the direction word and the reason as written. Money in 万元.
 */
export const FigureSchema = z
  .object({
    value: DecimalSchema.optional().describe('this year’s value (万元 for money, a count for vehicles); absent when the text states only the change'),
    prev: DecimalSchema.optional().describe('previous year’s value, stated or value − change'),
    prevStated: z.boolean().optional().describe('true when the text states the previous value itself'),
    change: DecimalSchema.optional().describe('change from the previous year as stated, signed'),
    changePercent: DecimalSchema.optional().describe('percentage change as stated, signed (增长5.2% → "5.2")'),
    direction: DirectionSchema.optional(),
    directionWord: z.string().optional().describe('the direction word as written: 增加, 减少, 持平, 下降…'),
    reason: z.string().optional().describe('the reason as written (主要原因是…)'),
    uses: z.string().optional().describe('what the money is mainly used for, as written (主要用于…)'),
    budget: DecimalSchema.optional().describe('决算: the year’s initial budget (年初预算) compared against'),
    adjustedBudget: DecimalSchema.optional().describe('决算: the full-year (adjusted) budget (全年预算)'),
    completionRate: DecimalSchema.optional().describe('决算: stated 完成率 / 完成年初预算的 x%'),
    budgetDifference: DecimalSchema.optional().describe('决算: the difference from its budget as stated, signed (较预算数减少103万元 → "-103")'),
    budgetDifferencePercent: DecimalSchema.optional().describe('决算: that difference in %, signed, as stated'),
    budgetRelation: z
      .enum(['above', 'below', 'equal'])
      .optional()
      .describe('决算: how the text says the final figure relates to its budget (决算数大于/小于/等于预算数)'),
    budgetRelationWord: z.string().optional().describe('决算: that relation as written (大于, 小于, 基本持平…)'),
    share: DecimalSchema.optional().describe('stated share of a whole, in % (占…x%)'),
    unit: z.enum(['万元', '元', '个', '辆', '人', '次', '%']).default('万元').describe('unit of value (money is normalised to 万元)'),
    statedUnit: z.string().optional().describe('unit as printed where it differs (元, 亿元)'),
    wholeWan: z
      .boolean()
      .optional()
      .describe('stated in whole 万元 in a passage that gives every amount so (“收入预算17,192万元”): precise to ± 0.5 万元, not 0.01'),
    origin: FigureOriginSchema.default('narrative'),
    reading: ReadingSchema.optional(),
    restated: z
      .array(z.object({ value: DecimalSchema, evidence: EvidenceSchema }))
      .optional()
      .describe('the same figure stated again elsewhere (“本年预算安排X万元” after a heading, a table cell), as read; checked by figure-restated'),
    evidence: z.array(EvidenceSchema).default(() => []),
  })
  .describe('A stated figure with its year-over-year change and evidence');
export type Figure = z.infer<typeof FigureSchema>;
export type FigureInput = z.input<typeof FigureSchema>;
