import { defineRule } from '../../engine.ts';
import { evidenceOf } from '../../model.ts';
import { compareEqual, figuresOf, money, severityOf } from '../../tolerance.ts';
import { implausible } from '../../confidence.ts';
import type { Evidence, Figure } from '../../../model/index.ts';

/** The year the amount is said of: the last “20xx年” before it in its sentence (not one compared with), or undefined. */
function yearOf(text: string, value: string): string | undefined {
  const t = text.replace(/\s+/g, '');
  const at = t.search(new RegExp(`(?<![\\d.])${value.replace(/\.0+$/, '').replace('.', '\\.')}(?![\\d])`));
  if (at < 0) return undefined;
  const clause = t
    .slice(0, at)
    .split(/[。；]/)
    .pop()!;
  const years = [...clause.matchAll(/(比|较|与|同)?(20\d\d)年/g)].filter((m) => !m[1]);
  return years.pop()?.[2];
}
/** What kind of amount the words just before it name: budget, actual, or neither said. */
function basisOf(text: string, value: string): 'budget' | 'actual' | undefined {
  const m = new RegExp(`(预算|决算|实际|执行|支出|上年|本年)[^0-9，。；]{0,6}${value.replace(/\.0+$/, '').replace('.', '\\.')}`).exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  return m[1] === '预算' ? 'budget' : m[1] === '决算' || m[1] === '实际' || m[1] === '执行' ? 'actual' : undefined;
}

/**
 * Why two different amounts may not be one figure stated twice: both in one line (a 预算数 and a 决算数, this year
 * and last), in sentences about different years, or named as a budget in one place and an actual in the other.
 */
function restatementDoubt(f: Figure, value: string, e: Evidence, label: string, kind: Parameters<typeof implausible>[2]): string | undefined {
  const first = f.evidence[0];
  if (!first) return undefined;
  const again = implausible({ ...f, value, evidence: [e] }, label, kind);
  if (again) return again;
  const key = label
    .replace(/[“”"'‘’\s]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .slice(-2);
  const plain = (t: string) =>
    t
      .replace(/[“”"'‘’\s]/g, '')
      .replace(/（/g, '(')
      .replace(/）/g, ')');
  if (key.length === 2 && !plain(first.text).includes(key) && !plain(e.text).includes(key)) return `两处都未写明“${label}”`;
  if (first.file === e.file && first.line !== undefined && first.line === e.line) return '两个数字在同一行，可能是预算数与决算数或本年与上年';
  const [y1, y2] = [yearOf(first.text, f.value!), yearOf(e.text, value)];
  if (y1 && y2 && y1 !== y2) return `两处分别说的是${y1}年和${y2}年`;
  const [b1, b2] = [basisOf(first.text, f.value!), basisOf(e.text, value)];
  if (b1 && b2 && b1 !== b2) return '一处为预算数，另一处为实际数';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'figure-restated',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'consistency',
    basis: '财预〔2016〕143号 第三条（内容真实、准确）；实践：GovBudgetChecker OBL-NARRATIVE-INDICATOR-REPEAT',
    docs: '同一数字在文中或表中再次出现时必须相同（标题金额与“本年预算安排”，说明与表格）。',
  },
  reads: 'model',
  check({ figures, kind, docs }) {
    return figures.flatMap(({ path, label, figure: f }) =>
      (f.restated ?? []).flatMap((r) => {
        // money only: counts (vehicles, staff) are restated per category too often to tell a restatement from a part
        if (f.value === undefined || (f.unit !== '万元' && f.unit !== '元')) return [];
        const c = compareEqual(r.value, f.value);
        const severity = severityOf(c.verdict);
        if (!severity) return [];
        return [
          {
            severity,
            message: `${label}一处为${money(f.value)}万元，另一处为${money(r.value)}万元`,
            evidence: evidenceOf(f, { ...f, evidence: [r.evidence] }),
            figures: figuresOf(c),
            path,
            suggestion: '统一同一数字的两处表述',
            // the texts at hand can speak against the pairing (a model checked alone is taken at its word)
            doubt: severity === 'error' && docs.length ? restatementDoubt(f, r.value, r.evidence, label, kind) : undefined,
          },
        ];
      }),
    );
  },
});
