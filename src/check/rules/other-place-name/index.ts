import { defineRule, type Draft } from '../../engine.ts';
import { compactOf, lineEvidence, lineIndexAt } from '../../text.ts';

/**
 * Another district's, county's or city's name in the body of the document (not only in its titles): text copied
 * from another unit's disclosure (“重庆市江北区科学技术局是区政府工作部门” in 渝中区's). Without a gazetteer a place
 * name is recognised only where the unit's own would stand: after the unit's city (重庆市江北区) or before the
 * unit's organ (江北区科学技术局). A sentence about dealings with others (考察, 接待, 对口支援…) or naming a document
 * another body issued is left alone.
 */

/** A city (市/州/盟, or a province-level 省/自治区) and a district (区/县/旗) as the unit's name writes them. */
const CITY = /([\u4e00-\u9fa5]{2})(市|州|盟)/g;
const DISTRICT = /([\u4e00-\u9fa5]{2})(区|县|旗)/g;
/** Sentences about dealings with other places, or documents they issued: their names are legitimate. */
const DEALINGS = /考察|学习|调研|交流|接待|来访|对口|支援|帮扶|协作|援助|合作|挂职|转入|划转|移交|《|〔|文件|印发|批复|通知/;

/** “包括区司法局”, “本区”: a word ending before 区/县, not a place name. */
const NOT_PLACE = /^.?[括含由向为是及和与对在各本全该我将经受入至到的其辖城社园景片校]/;

interface Own {
  city?: string;
  district?: string;
  /** the organ after the place names: 科学技术局, 人民法院 */
  organ?: string;
}

/** The unit's city, district and organ, read from its name (“重庆市渝中区科学技术局”). */
function ownOf(unit: string): Own {
  const city = [...unit.matchAll(CITY)].pop();
  const district = [...unit.matchAll(DISTRICT)].filter((m) => !city || m.index! > city.index!).pop();
  const last = district ?? city;
  // the organ ends where the title goes on (“行政审批局2016年“三公”经费预算公开”)
  const organ = last ? unit.slice(last.index! + last[0].length).replace(/[\d“"（(|].*$/, '') : undefined;
  return { city: city?.[0], district: district?.[0], organ: organ && organ.length >= 3 ? organ : undefined };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Another place written where the unit's own would stand: after its city (重庆市江北区), or before its organ (江北区科学技术局). */
function patterns(own: Own): { re: RegExp; own: string }[] {
  const out: { re: RegExp; own: string }[] = [];
  if (own.city && own.district) out.push({ re: new RegExp(`${escape(own.city)}([\\u4e00-\\u9fa5]{2}(?:区|县|旗))`, 'g'), own: own.district });
  if (own.organ && (own.district || own.city))
    out.push({ re: new RegExp(`([\\u4e00-\\u9fa5]{2}(?:区|县|旗|市|州))${escape(own.organ)}`, 'g'), own: (own.district ?? own.city)! });
  return out;
}

export default defineRule({
  meta: {
    id: 'other-place-name',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（内容准确、形式规范）；实践：套用其他单位文本未改名称',
    docs: '正文中出现另一区县或城市的名称（与文件单位所在地同级而不同名），考察、接待、对口支援及其他机关印发的文件除外。',
  },
  reads: 'text',
  check(ctx) {
    const { identity } = ctx.disclosure;
    // the unit's name, or else the title's (a unit read wrongly or not at all)
    const fromUnit = ownOf((identity.unit ?? '').replace(/\s+/g, ''));
    const own = fromUnit.district || fromUnit.city ? fromUnit : ownOf((identity.title ?? '').replace(/\s+/g, ''));
    const res = patterns(own);
    if (!res.length) return [];
    const out: Draft[] = [];
    for (const doc of ctx.docs) {
      const c = compactOf(doc);
      const re = /[^。；！？]+/g;
      for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
        const named = new Set<string>();
        for (const { re: p, own: mine } of res) {
          p.lastIndex = 0;
          for (let x = p.exec(m[0]); x; x = p.exec(m[0])) {
            const name = x[1];
            if (name === mine || name === own.city || mine.includes(name) || NOT_PLACE.test(name) || named.has(name)) continue;
            // dealings with the place, or a document it issued, in the words around the name
            if (DEALINGS.test(m[0].slice(Math.max(0, x.index - 25), x.index + x[0].length + 25))) continue;
            named.add(name);
            const at = m.index + x.index + x[0].indexOf(name);
            out.push({
              message: `正文中出现“${x[0]}”，本文件为${mine}的${ctx.kind === 'budget' ? '预算' : '决算'}`,
              evidence: [lineEvidence(doc, doc.lines[lineIndexAt(c, at)])],
              suggestion: `核对是否套用了其他单位的文本，应为${mine}`,
            });
          }
        }
      }
    }
    return out;
  },
});
