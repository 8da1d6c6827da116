import { defineRule } from '../../engine.ts';
import { scan } from '../../text.ts';

/**
 * A budget for year Y compares with Y−1 (比/与/较 YYYY年); a 决算 for year Y compares with Y−1 and with Y's own
 * budget. A comparison with a later year, or a project period that ends before the budget year, names the wrong year.
 */
const COMPARE = /(比|较|与|同)(\d{4})年(年初)?(预算|决算|执行|同期|相比|持平)?/;
const PERIOD = /(\d{4})年\d{1,2}月\d{1,2}日?[-—–~～至到](\d{4})年\d{1,2}月\d{1,2}日?/;

export default defineRule({
  meta: {
    id: 'year-reference',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '预算法 第十四条；实践：GovBudgetChecker BUD-003 / V33-001（年度一致）',
    docs: '与上年比较须引用上一年度；预算中的项目实施期不得早于预算年度。',
  },
  reads: 'text',
  check(ctx) {
    const latest = ctx.kind === 'budget' ? ctx.year - 1 : ctx.year;
    const compares = scan(ctx.docs, COMPARE)
      .filter((m) => Number(m.match[2]) > latest && Number(m.match[2]) < ctx.year + 5)
      .map((m) => ({
        message: `${ctx.year}年${ctx.kind === 'budget' ? '预算' : '决算'}与“${m.match[2]}年”比较，应为${ctx.year - 1}年`,
        evidence: [m.evidence],
        suggestion: `改为“${m.match[1]}${ctx.year - 1}年…”`,
      }));
    const periods =
      ctx.kind === 'budget'
        ? scan(ctx.docs, PERIOD)
            .filter((m) => Number(m.match[2]) < ctx.year && Number(m.match[2]) >= Number(m.match[1]))
            .map((m) => ({
              message: `${ctx.year}年预算中的期间“${m.match[0]}”早于预算年度`,
              evidence: [m.evidence],
              suggestion: `核对年度，应为${ctx.year}年`,
            }))
        : [];
    return [...compares, ...periods];
  },
});
