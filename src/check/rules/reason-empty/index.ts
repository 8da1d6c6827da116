import { defineRule } from '../../engine.ts';
import { scan } from '../../text.ts';

const EMPTY = /(主要原因|增减原因|变动原因)(是|为)?[:：]?(?=[。；;，,]|$)/;

/** What the reason was to explain, up to 12 characters of the clause before (“财政拨款收入支出增加的”). */
function leadOf(m: RegExpExecArray): string {
  const before = m.input.slice(Math.max(0, m.index - 12), m.index);
  return before.slice(before.search(/[^。；;，,：:]*$/));
}

export default defineRule({
  meta: {
    id: 'reason-empty',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号（预算收支增减变化情况说明）',
    docs: '“主要原因是”之后须写出原因，不得留空。',
  },
  reads: 'text',
  check(ctx) {
    return scan(ctx.docs, EMPTY).map((m) => ({
      message: `“${leadOf(m.match)}${m.match[0]}”之后没有写原因`,
      evidence: [m.evidence],
      suggestion: '写明增减变化的原因；持平时删去“主要原因是”',
    }));
  },
});
