/**
 * The non-numeric parts: 职能 items, 机构设置 text and counts, 名词解释 entries, 联系人 and 电话.
 */
import type { Disclosure, SectionKey } from '../model/index.ts';
import { evidenceAt, type Paragraph } from './flow.ts';

const evidenceOf = (p: Paragraph, offset = 0) => evidenceAt(p, offset);

const TERM =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*[“"]?([^：:，。]{2,24}?)[”"]?\s*[：:]\s*(?:指|是指|是|反映)?(.{4,})$/;
const CONTACT =
  /(?:联系人|联系方式|联系电话|咨询电话)\s*[：:]?\s*([^\s，,：:0-9]{2,8}?)?[\s，,；;]*(?:联系方式|联系电话|电话|手机)?\s*[：:]?\s*((?:0\d{2,3}[-—－]?)?\d{7,8}(?:[-—－]\d{1,4})?|1\d{10})/;

export function extractDetails(d: Disclosure, paragraphs: Paragraph[], chains: SectionKey[][]): void {
  paragraphs.forEach((p, i) => {
    const key = chains[i]?.[0];
    const text = p.text;
    if (key === 'glossary') {
      const m = TERM.exec(text);
      if (m && !/名词解释|联系|电话|表|部门$/.test(m[1]))
        d.glossary.push({ term: m[1].replace(/[“”"]/g, ''), definition: m[2].trim(), evidence: evidenceOf(p) });
    }
    if (key === 'functions' && text.length > 6 && !/^[^，。；]{0,12}(职能|职责)[：:。]?$/.test(text)) {
      d.unitInfo.functions.push(text.replace(/^\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*/, ''));
    }
    if (key === 'structure' && text.length > 6) {
      d.unitInfo.structure = d.unitInfo.structure ? `${d.unitInfo.structure}\n${text}` : text;
      const divisions = /内设(\d+)个/.exec(text);
      if (divisions && !d.unitInfo.internalDivisions)
        d.unitInfo.internalDivisions = { value: divisions[1], unit: '个', origin: 'narrative', evidence: [evidenceOf(p, divisions.index)] };
      const staff = /(?:行政|事业)?编制(?:人员|人数)?(\d+)(?:人|名)/.exec(text);
      if (staff && !d.unitInfo.staffing) d.unitInfo.staffing = { value: staff[1], unit: '人', origin: 'narrative', evidence: [evidenceOf(p, staff.index)] };
    }
    if (key === 'performance' && /(均|全部|全面)(实行|实施|设置|编报)(了)?绩效目标/.test(text)) d.performance.allProjects = true;
    const c = CONTACT.exec(text);
    if (c && !d.contact.phone) d.contact = { ...(c[1] ? { person: c[1] } : {}), phone: c[2], evidence: evidenceOf(p, c.index) };
  });
}
