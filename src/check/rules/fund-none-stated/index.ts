import { defineRule } from '../../engine.ts';
import { textMentions } from '../../presence.ts';

export default defineRule({
  meta: {
    id: 'fund-none-stated',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'completeness',
    basis: '财预〔2016〕143号（没有数据的表格应当列出空表并说明）',
    docs: '政府性基金（决算另有国有资本经营）预算拨款没有的，也要写明“无”。',
  },
  // what the text states (counts, “无”): a figures-only model has no text to judge
  reads: 'text',
  check(ctx) {
    // a “三公” notice, one section or an excerpt does not carry the funds: only a whole disclosure must say “无”
    const content = ctx.disclosure.identity.content ?? 'full';
    if (ctx.unreadablePages > 0 || (content !== 'full' && content !== 'tables')) return [];
    const a = ctx.disclosure.appropriation;
    const funds = [
      {
        fund: a.fund,
        income: ctx.disclosure.income.fund,
        name: '政府性基金',
        words: /政府性基金预算(财政)?(拨款)?(收入|支出|安排|情况|表)|政府性基金[^。；]{0,12}(为0|为零|0万元|无)/,
      },
      ...(ctx.kind === 'final'
        ? [
            {
              fund: a.capital,
              income: ctx.disclosure.income.capital,
              name: '国有资本经营',
              words: /国有资本经营预算(财政)?(拨款)?(收入|支出|安排|情况|表)|国有资本经营[^。；]{0,12}(为0|为零|0万元|无)/,
            },
          ]
        : []),
    ];
    return funds
      .filter(({ fund, income, words }) => !fund.statedNone && !fund.expenditure && !fund.income && !income && !textMentions(ctx, words))
      .map(({ name }) => ({
        message: `未说明${name}预算财政拨款（没有的应写明“无”）`,
        evidence: ctx.disclosure.identity.evidence.slice(0, 1),
        path: name === '政府性基金' ? 'appropriation.fund' : 'appropriation.capital',
        suggestion: `补充${name}预算拨款收支情况，或写明“本年度无${name}预算财政拨款收支”`,
      }));
  },
});
