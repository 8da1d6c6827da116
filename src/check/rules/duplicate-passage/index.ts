import { defineRule } from '../../engine.ts';
import { lineEvidence } from '../../text.ts';

/** A numbered item (“8、组织协调…”) of at least MIN characters printed again within WITHIN lines. */
const ITEM = /^\d{1,2}[、.．]/;
/** ITEM on the raw line (before spaces are removed): most lines are not items and are never compacted */
const ITEM_START = /^[\s\u3000]*\d[\s\u3000]*\d?[\s\u3000]*[、.．]/;
const MIN = 20;
/** the repeat follows soon after (a block printed twice), not in another section that lists the same items */
const WITHIN = 40;

export default defineRule({
  meta: {
    id: 'duplicate-passage',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（内容准确、形式规范）',
    docs: '同一编号段落（如职能条目）不得重复印出。',
  },
  reads: 'text',
  check(ctx) {
    const out = [];
    for (const doc of ctx.docs) {
      const seen = new Map<string, number>();
      const where = (no: number) => {
        const e = lineEvidence(
          doc,
          doc.lines.find((l) => l.no === no)!,
        );
        return e.page !== undefined ? `第${e.page}页` : `第${no}行`;
      };
      for (const line of doc.lines) {
        if (!ITEM_START.test(line.text)) continue;
        const t = line.text.replace(/[\s\u3000]+/g, '');
        if (!ITEM.test(t) || t.length < MIN || /\d{2,}(\.\d+)?万?元|%|[（(][类款项][）)]/.test(t)) continue;
        const key = t.slice(0, 40);
        const first = seen.get(key);
        if (first === undefined || line.no - first > WITHIN) seen.set(key, line.no);
        else
          out.push({
            message: `${where(first)}的段落“${t.slice(0, 16)}…”在此重复出现`,
            evidence: [lineEvidence(doc, line)],
            suggestion: '删除重复的段落',
          });
      }
    }
    return out;
  },
});
