import { z } from 'zod';
import { DecimalSchema } from './decimal-schema.ts';
import { EvidenceSchema } from './evidence.ts';
import { KindSchema } from './disclosure.ts';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A problem found by a rule: data first, the Chinese message rendered from it. */
export const FindingSchema = z
  .object({
    rule: z.string().describe('permanent kebab-case rule id'),
    severity: SeveritySchema,
    message: z.string().describe('what is wrong, in Chinese'),
    evidence: z.array(EvidenceSchema).default([]),
    figures: z
      .object({
        expected: DecimalSchema.nullable(),
        actual: DecimalSchema.nullable(),
        difference: DecimalSchema.nullable(),
        tolerance: DecimalSchema.nullable(),
      })
      .default({ expected: null, actual: null, difference: null, tolerance: null })
      .describe('the figures involved (万元 unless the message says otherwise)'),
    suggestion: z.string().optional().describe('how to fix it, in Chinese'),
    path: z.string().optional().describe('where in the model the fact lives (e.g. threePublic.total)'),
  })
  .describe('A finding of `yusuan check`');
export type Finding = z.infer<typeof FindingSchema>;

/** What a rule declares about itself; the catalogue (docs/rules.md, `yusuan rules`) is generated from it. */
export const RuleMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: SeveritySchema.describe('the highest severity it reports'),
  kinds: z.array(KindSchema).min(1),
  category: z.enum(['arithmetic', 'consistency', 'year-over-year', 'percentage', 'completeness', 'text', 'table']),
  basis: z.string().describe('预算法/实施条例 article, 财预〔2016〕143号, or the practice it comes from'),
  docs: z.string().describe('one sentence: what the rule checks'),
});
export type RuleMeta = z.infer<typeof RuleMetaSchema>;
