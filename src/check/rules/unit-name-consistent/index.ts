import { defineRule } from '../../engine.ts';
import { lineEvidence } from '../../text.ts';

/** A title naming an organ before the year: “上海市规划和自然资源局 2024 年度部门决算表”. */
const TITLE = /([\u4e00-\u9fa5（）()]{4,40}?(局|委员会|办公室|办公厅|厅|院|部|处|中心|委|办|所|站|队|会))\s*\d{4}\s*年度?\s*(部门|单位)?\s*(预算|决算)/;

/** The name written by leaving characters of the unit out, in order (“省人大办公厅” for 江苏省人大常委会办公厅). */
function abbreviates(name: string, unit: string): boolean {
  let i = 0;
  for (const c of unit) if (c === name[i]) i++;
  return i === name.length;
}

/** The unit's district or county (普陀区, 渝中区, 江宁县): leaving it out names the city's organ of the same name. */
const DISTRICT = /[\u4e00-\u9fa5]{1,4}?(区|县|旗)(?=[\u4e00-\u9fa5])/;

/** A title line (a heading or a table title), not a sentence that cites another organ's budget. */
const titleLike = (text: string) => !/[，。；,;]/.test(text) && text.replace(/\s+/g, '').length <= 40;

/** Why a title's name is not the unit's, or undefined when it names the unit (in full or abbreviated). */
function mismatch(name: string, unit: string, line: string): string | undefined {
  if (name === unit || unit.endsWith(name) || name.endsWith(unit)) return undefined;
  if (abbreviates(name, unit)) {
    const district = DISTRICT.exec(unit)?.[0];
    return district && !name.includes(district) && !name.includes(district.slice(0, -1)) ? `缺少“${district}”` : undefined;
  }
  return titleLike(line) ? '是另一单位的名称' : undefined;
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
    const unit = (ctx.disclosure.identity.unit ?? '').replace(/[（(](单位|部门)[）)]$/, '');
    const out = [];
    for (const doc of ctx.docs)
      for (const line of doc.lines) {
        if (!/\d{4}\s*年/.test(line.text) || !/预算|决算/.test(line.text)) continue;
        const m = TITLE.exec(line.text.replace(/\s+/g, ' '));
        if (!m) continue;
        const name = m[1].replace(/\s+/g, '').replace(/^第[一二三四五六七八九十]+部分/, '');
        const why = mismatch(name, unit, line.text);
        if (!why) continue;
        out.push({
          message: `标题中的单位名称“${name}”与文件的单位“${unit}”不一致（${why}）`,
          evidence: [lineEvidence(doc, line)],
          suggestion: `统一写作“${unit}”`,
        });
      }
    return out;
  },
});
