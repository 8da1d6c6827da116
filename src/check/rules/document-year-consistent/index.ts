import { defineRule, type Draft } from '../../engine.ts';
import { lineEvidence } from '../../text.ts';
import { normalizeForMatch } from '../../../read/normalize.ts';

/** A title line: names the year, and a part, a table or an explanation of the 预算/决算 (not a comparison). */
const TITLE = /(20\d\d)\s*年度?[^，。；]{0,30}(预算|决算)(表|情况|编制说明|公开|$)/;
const COMPARISON = /比|较|与|相比|上年|同期|截至|截止|[，。；]/;
/** The reference date of the asset figures (车辆…): “截至2024年12月31日”. */
const AS_OF = /截[至止]\s*(20\d\d)\s*年/;

/** A line either pattern can match: a title (at most TITLE_MAX characters besides spaces) or a 截至 date. */
const mayMatch = (raw: string) =>
  raw.includes('年') && (raw.includes('截') || (raw.includes('算') && visibleLength(raw) <= TITLE_MAX)) && /[0-9０-９]/.test(raw);
const TITLE_MAX = 60;

function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 12) n++;
  }
  return n;
}

export default defineRule({
  meta: {
    id: 'document-year-consistent',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '预算法 第十四条；财预〔2016〕143号（内容准确）；实践：GovBudgetChecker BUD-003 / V33-001（年度一致）',
    docs: '标题、表名中的年度与文件年度一致（预算中上一年度的决算部分除外）；国有资产等“截至”日期属于决算年度（预算：上一年度末或本年）。',
  },
  reads: 'text',
  check({ docs, kind, year }) {
    const out: Draft[] = [];
    for (const doc of docs) {
      // both patterns need a year (digits and 年) and 预算/决算 or 截至: only such lines are normalised, and each once
      const normalized = new Map<number, string>();
      const norm = (i: number) => {
        let t = normalized.get(i);
        if (t === undefined) normalized.set(i, (t = mayMatch(doc.lines[i].text) ? normalizeForMatch(doc.lines[i].text).replace(/\s+/g, '') : ''));
        return t;
      };
      for (const [i, line] of doc.lines.entries()) {
        const text = norm(i);
        if (!text || text.length > TITLE_MAX) continue;
        const title = TITLE.exec(text);
        // a budget reports the year before's final accounts (“二、2024年“三公”经费决算情况” in a 2025 预算)
        const lastYearsFinal = kind === 'budget' && title?.[2] === '决算' && Number(title[1]) === year - 1;
        if (title && !COMPARISON.test(text) && Number(title[1]) !== year && !lastYearsFinal) {
          out.push({
            message: `标题中的年度为${title[1]}年，本文件为${year}年${kind === 'budget' ? '预算' : '决算'}`,
            evidence: [lineEvidence(doc, line)],
            suggestion: `改为${year}年`,
          });
        }
      }
      for (const [i, line] of doc.lines.entries()) {
        const m = AS_OF.exec(norm(i));
        if (!m) continue;
        const asOf = Number(m[1]);
        const earliest = kind === 'final' ? year : year - 1;
        if (asOf >= earliest && asOf <= year + 1) continue;
        out.push({
          message: `“截至${asOf}年”的日期不属于${year}年${kind === 'budget' ? '预算（应为上年末或本年）' : '决算年度'}`,
          evidence: [lineEvidence(doc, line)],
          suggestion: `核对日期，应为${kind === 'final' ? year : year - 1}年`,
        });
      }
    }
    return out;
  },
});
