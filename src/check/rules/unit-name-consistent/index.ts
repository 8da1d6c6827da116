import { defineRule } from '../../engine.ts';
import { lineEvidence } from '../../text.ts';

/** A title naming an organ before the year: “上海市规划和自然资源局 2024 年度部门决算表”. */
const TITLE = /([\u4e00-\u9fa5（）()]{4,40}?(局|委员会|办公室|办公厅|厅|院|部|处|中心|委|办|所|站|队|会))\s*\d{4}\s*年度?\s*(部门|单位)?\s*(预算|决算)/;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

export default defineRule({
  meta: {
    id: 'unit-name-consistent',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（形式规范）；实践：GovBudgetChecker R006（单位称谓一致）',
    docs: '封面、标题和表头中的单位名称一致（不缺区县名，不用另一单位的名称）。',
  },
  reads: 'text',
  check(ctx) {
    const unit = ctx.disclosure.identity.unit.replace(/[（(](单位|部门)[）)]$/, '');
    const out = [];
    for (const doc of ctx.docs)
      for (const line of doc.lines) {
        if (!/\d{4}\s*年/.test(line.text) || !/预算|决算/.test(line.text)) continue;
        const m = TITLE.exec(line.text.replace(/\s+/g, ' '));
        if (!m) continue;
        const name = m[1].replace(/\s+/g, '');
        if (name === unit || unit.endsWith(name) || name.endsWith(unit)) continue;
        // the same organ (a long common ending), named differently: a missing or different prefix
        if (commonSuffix(name, unit) < 4) continue;
        out.push({
          message: `标题中的单位名称“${name}”与文件的单位“${unit}”不一致`,
          evidence: [lineEvidence(doc, line)],
          suggestion: `统一写作“${unit}”`,
        });
      }
    return out;
  },
});
