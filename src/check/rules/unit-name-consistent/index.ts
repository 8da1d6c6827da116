import { defineRule, type Draft, type RuleContext } from '../../engine.ts';
import { compactOf, lineEvidence } from '../../text.ts';

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

/**
 * Where the body speaks of the unit by name: at a sentence's start, before its year or “是…部门” (“江苏省委办公厅
 * 2018年度收入、支出预算总计…”, “重庆市渝中区科学技术局是区政府工作部门”).
 */
const SELF =
  /(?:^|[。；！？\n])\s*([\u4e00-\u9fa5]{3,24}?(?:局|委员会|办公室|办公厅|厅|院|中心|学校|医院))\s*(?:20\d\d\s*年|是[^，。]{0,8}(?:部门|单位|机构))/g;

/** A place in a unit's name, by its stem: 江苏(省), 青岛(市), 渝中(区). */
const PLACE = /([\u4e00-\u9fa5]{2})(?:省|市|区|县|州|盟|旗)/g;

/** Two names of one unit: the same, one ending the other, or one leaving characters of the other out. */
const sameUnit = (a: string, b: string) => a === b || a.endsWith(b) || b.endsWith(a) || abbreviates(a, b) || abbreviates(b, a);

/**
 * The title's unit named nowhere else, while the body speaks of another unit as itself: the title was taken from
 * another unit's disclosure, or the body was. One finding, at the title.
 */
function titleNotTheBodys(ctx: RuleContext, unit: string): Draft[] {
  const doc = ctx.docs[0];
  const title = ctx.disclosure.identity.evidence[0];
  if (!doc || !title || unit.length < 4) return [];
  // named again beyond the title: the usual case, told from the compact text (kept for all text rules)
  const compact = compactOf(doc).text;
  const first = compact.indexOf(unit);
  if (ctx.docs.length > 1 || (first >= 0 && compact.indexOf(unit, first + unit.length) >= 0)) return [];
  const text = doc.lines.map((l) => l.text.replace(/\s+/g, '')).join('\n');
  const others = new Map<string, number>();
  // another place's unit: a name that shares a place with the unit's (青岛市政协 / …青岛市委员会办公厅) may be its own
  const places = [...unit.matchAll(PLACE)].map((m) => m[1]);
  if (!places.length) return [];
  for (const m of text.matchAll(SELF)) {
    const name = m[1].replace(/^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/, '');
    if (!sameUnit(name, unit) && !places.some((p) => name.includes(p))) others.set(name, (others.get(name) ?? 0) + 1);
  }
  const [name, times] = [...others].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!name) return [];
  const at = doc.lines.find((l) => l.text.replace(/\s+/g, '').includes(name));
  return [
    {
      message: `标题的单位“${unit}”在正文中没有出现，正文${times! > 1 ? `${times}处` : ''}以“${name}”自称`,
      evidence: [title, ...(at ? [lineEvidence(doc, at)] : [])],
      suggestion: '核对标题与正文是否为同一单位',
    },
  ];
}

export default defineRule({
  meta: {
    id: 'unit-name-consistent',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（形式规范）；实践：GovBudgetChecker R006（单位称谓一致）',
    docs: '封面、标题和表头中的单位名称一致（不缺区县名，不用另一单位的名称）；标题的单位在正文中不再出现、正文却以另一单位自称的，报告标题与正文不是同一单位。',
  },
  reads: 'text',
  check(ctx) {
    const unit = (ctx.disclosure.identity.unit ?? '').replace(/[（(](单位|部门)[）)]$/, '');
    const out: Draft[] = [];
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
    return [...out, ...titleNotTheBodys(ctx, unit)];
  },
});
