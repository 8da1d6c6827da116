import { defineRule } from '../../engine.ts';
import { labelOf } from '../../model.ts';
import { textMentions } from '../../presence.ts';
import { checkSum } from '../../sums.ts';

export default defineRule({
  meta: {
    id: 'basic-project-sum',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'arithmetic',
    basis: '预算法实施条例 第五条（支出包括基本支出和项目支出）',
    docs: '支出等于基本支出加项目支出（另有单位预留机动经费的加上它，决算另加经营支出），部门合计与各项财政拨款都如此。',
  },
  reads: 'model',
  check(ctx) {
    const { disclosure: d, kind } = ctx;
    // a reserve (单位预留机动经费) the model does not carry leaves the partition open: a shortfall is then no error
    const reserveUnstated = (r: unknown) => !r && textMentions(ctx, /预留机动经费|机动经费/);
    const e = d.expenditure;
    // a 决算's 支出总计 includes 年末结转和结余: without it stated, 基本 + 项目 fall short by it (an open partition)
    const grand = kind === 'final' && !e.carryForward && /支出总计/.test(e.total?.evidence[0]?.text ?? '');
    const out = checkSum(
      grand ? '支出总计' : '支出合计',
      e.total,
      [
        { label: '基本支出', figure: e.basic },
        { label: '项目支出', figure: e.project },
        { label: '预留机动经费', figure: e.reserve },
        ...(kind === 'final' ? [{ label: '经营支出', figure: e.operating }] : []),
      ],
      { path: 'expenditure.total', complete: !grand && !reserveUnstated(e.reserve), shortfall: grand ? 'warning' : 'info' },
    );
    for (const fund of ['general', 'fund', 'capital'] as const) {
      const f = d.appropriation[fund];
      out.push(
        ...checkSum(
          labelOf(`appropriation.${fund}.expenditure`),
          f.expenditure,
          [
            { label: '基本支出', figure: f.basic },
            { label: '项目支出', figure: f.project },
            { label: '预留机动经费', figure: f.reserve },
          ],
          { path: `appropriation.${fund}.expenditure`, complete: !reserveUnstated(f.reserve), shortfall: 'info' },
        ),
      );
    }
    return out;
  },
});
