import { defineRule } from '../../engine.ts';
import { scan } from '../../text.ts';

/** A change or share word followed by a bare number and then punctuation: the unit (% or 万元) is missing. */
const BARE = /(增长|下降|降低|上升|增幅|降幅|增加|减少|占)(\d+(?:\.\d+)?)(?=[。；;，,）)](?!\d{3}))/;

export default defineRule({
  meta: {
    id: 'percent-sign-missing',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（形式规范）；实践：GovBudgetChecker V33-DISCLOSURE-PERCENT-UNIT',
    docs: '增减幅度和占比的数字须带“%”，金额须带“万元”。',
  },
  reads: 'text',
  check(ctx) {
    return scan(ctx.docs, BARE).map((m) => {
      const pct = /增长|下降|降低|上升|增幅|降幅|占/.test(m.match[1]);
      return {
        message: `“${m.match[0]}”后缺少单位${pct ? '“%”' : '（%或万元）'}`,
        evidence: [m.evidence],
        suggestion: pct ? `写作“${m.match[0]}%”` : '补上单位',
      };
    });
  },
});
