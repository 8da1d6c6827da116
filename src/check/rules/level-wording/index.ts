import { defineRule } from '../../engine.ts';
import { scan } from '../../text.ts';

/** The document calls its own unit a 市级/区级/县级/省级 budget unit. */
const ROLE = /是(省级|市级|区级|县级|乡级|镇级)(预算)?(主管部门|一级预算单位|预算单位|部门)/;
const WORD: Record<string, string[]> = {
  provincial: ['省级'],
  municipal: ['市级'],
  district: ['区级', '县级'],
  township: ['乡级', '镇级'],
};

export default defineRule({
  meta: {
    id: 'level-wording',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（内容准确）',
    docs: '文中对本单位预算级次的表述（如“是区级预算主管部门”）与文件的级次一致（不照抄市级模板）。',
  },
  reads: 'text',
  check(ctx) {
    const level = levelOf(ctx.disclosure.identity);
    if (!level || !WORD[level]) return [];
    return scan(ctx.docs, ROLE)
      .filter((m) => !WORD[level].includes(m.match[1]))
      .map((m) => ({
        message: `本单位为${WORD[level][0]}，文中却写作“${m.match[0]}”`,
        evidence: [m.evidence],
        suggestion: `改为“${WORD[level][0]}”`,
      }));
  },
});

/** The level the identity states, else what its title or region shows (区/县 → district). */
function levelOf(id: { level?: string; title?: string; region?: string }): string | undefined {
  if (id.level) return id.level;
  const t = `${id.title ?? ''}`;
  if (/区级|县级/.test(t)) return 'district';
  if (/省级/.test(t)) return 'provincial';
  if (/市级/.test(t)) return 'municipal';
  if (/[区县]$/.test(id.region ?? '')) return 'district';
  return undefined;
}
