import { defineRule, type Draft } from '../../engine.ts';
import { compactOf, lineEvidence, lineIndexAt } from '../../text.ts';

/**
 * “三公”经费 are 因公出国（境）费, 公务用车购置及运行费 and 公务接待费 only. A 三公 total or its itemisation that
 * counts 会议费 or 培训费 among them (“三公经费决算数合计为1000.86万，其中：…会议费34.10万元、培训费51.37万元”)
 * states a wrong total. Definitions and lists of 公用经费 (机关运行经费：…会议费、培训费、公务接待费…) are not 三公
 * itemisations and are left alone, as is a sentence that says the two are reported besides 三公 (及/和/另/不含).
 */
const MEETINGS = /会议费|培训费/;
const THREE_PUBLIC = /三公/;
const ITEM = /因公出国|公务用车|公务接待/;
const NOT_ITEMISED = /指|包括|反映|用于|以外|不含|不包括|另|三公[”"]?经费[及和、与]|机关运行经费|公用经费/;

export default defineRule({
  meta: {
    id: 'three-public-scope',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'consistency',
    basis: '财预〔2016〕143号（“三公”经费指因公出国（境）费、公务用车购置及运行费和公务接待费）',
    docs: '“三公”经费的合计与分项不含会议费、培训费。',
  },
  reads: 'text',
  check(ctx) {
    const out: Draft[] = [];
    for (const doc of ctx.docs) {
      const c = compactOf(doc);
      const re = /[^。；]+/g;
      for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
        const s = m[0];
        if (!MEETINGS.test(s) || !ITEM.test(s) || NOT_ITEMISED.test(s)) continue;
        // the 三公 total or its items in the same sentence or paragraph, or a numbered reason of the 三公 part (“3、公务接待费增加…会议费减少…”)
        const paragraph = doc.lines[lineIndexAt(c, m.index)].text;
        if (!THREE_PUBLIC.test(s) && !THREE_PUBLIC.test(paragraph) && !/^\d[、.．]/.test(s)) continue;
        const at = m.index + s.search(MEETINGS);
        out.push({
          message: `“三公”经费的说明中计入了${s.match(MEETINGS)![0]}（“三公”经费只含因公出国（境）费、公务用车购置及运行费、公务接待费）`,
          evidence: [lineEvidence(doc, doc.lines[lineIndexAt(c, at)])],
          suggestion: '将会议费、培训费从“三公”经费中剔除，另行说明',
        });
      }
    }
    return out;
  },
});
