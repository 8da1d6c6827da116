/**
 * Kind, year, unit and scope from the cover and title: “重庆市渝中区科学技术局 / 2024年部门预算情况说明”,
 * “上海市普陀区2025年区级部门预算 / 预算主管部门：上海市普陀区商务委员会”, “2017 年度江苏省高级人民法院部门预算公开”.
 * Titles wrap across lines, so the first lines before the table of contents are read as one string.
 */
import type { SourceDocument } from '../read/document.ts';
import { normalizeForMatch, stripMarkdown } from '../read/normalize.ts';
import { isPaged } from './flow.ts';
import type { Disclosure, Evidence } from '../model/index.ts';

type Identity = Disclosure['identity'];

const NAMED_UNIT = /(预算主管部门|主管部门|预算单位|编制部门|编制单位|部门名称|单位名称)[：:]\s*([^\s，,。；]{2,40})/;
const TITLE_YEAR_FIRST = /(20\d\d)\s*年度?\s*([^\d\s]{2,40}?)\s*(部门|单位)?\s*(预算|决算)/;
const TITLE_UNIT_FIRST = /^([^\d\s]{2,40}?)\s*(20\d\d)\s*年度?\s*(区级|市级|省级|县级)?\s*(部门|单位)?\s*(预算|决算)/;
const REGION_ONLY = /^(.{1,12}?(省|市|区|县|自治区|自治州|旗))$/;

function headText(doc: SourceDocument): { text: string; lines: { no: number; page?: number; text: string; file: string }[] } {
  const lines: { no: number; page?: number; text: string; file: string }[] = [];
  for (const l of doc.lines.slice(0, 80)) {
    const t = normalizeForMatch(doc.format === 'markdown' ? stripMarkdown(l.text) : l.text).trim();
    if (!t) continue;
    if (/^目\s*录$/.test(t) || lines.length >= 8) break;
    lines.push({ no: l.no, page: l.page, text: t, file: doc.file });
  }
  return { text: lines.map((l) => l.text.replace(/\s+/g, '')).join('\n'), lines };
}

export function extractIdentity(docs: SourceDocument[]): Identity {
  const { text, lines } = headText(docs[0]);
  const flat = text.replace(/\n/g, '');
  const named = NAMED_UNIT.exec(text)?.[2];
  const yearFirst = TITLE_YEAR_FIRST.exec(flat);
  const unitFirst = TITLE_UNIT_FIRST.exec(flat);
  let unit = named;
  if (!unit && unitFirst && !REGION_ONLY.test(unitFirst[1])) unit = unitFirst[1];
  if (!unit && yearFirst && !/^(区级|市级|省级|县级)?(部门|单位)?$/.test(yearFirst[2])) unit = yearFirst[2].replace(/^(区级|市级|省级|县级)/, '');
  if (!unit) unit = lines.find((l) => !/\d{4}|目录/.test(l.text))?.text.replace(/\s+/g, '') ?? '';
  const titleKind = /决算/.test(flat.slice(0, 120)) ? 'final' : /预算/.test(flat) ? 'budget' : undefined;
  const body = docs.flatMap((d) => d.lines.slice(0, 400).map((l) => l.text)).join('');
  const kind = titleKind ?? ((body.match(/决算/g)?.length ?? 0) > (body.match(/预算/g)?.length ?? 0) ? 'final' : 'budget');
  const year = Number(yearFirst?.[1] ?? unitFirst?.[2] ?? /(20\d\d)\s*年/.exec(flat)?.[1] ?? /(20\d\d)\s*年/.exec(body)?.[1] ?? 0);
  const scope = /(单位预算|单位决算|预算单位[：:])/.test(flat) ? 'unit' : /(部门预算|部门决算|主管部门)/.test(flat) ? 'department' : undefined;
  const title = lines.slice(0, 3).map((l) => l.text.replace(/\s+/g, '')).join('');
  const region = /^(.{2,3}?省|.{2,3}?市)(.{1,4}?[区县市])?/.exec(unit)?.[0];
  const level = levelOf(flat, unit);
  const paged = isPaged(docs[0]);
  const evidence: Evidence[] = lines.slice(0, 3).map((l) => (paged ? { file: l.file, page: l.page ?? 1, text: l.text } : { file: l.file, line: l.no, text: l.text }));
  return { kind, year, unit, ...(scope ? { scope } : {}), ...(region ? { region } : {}), ...(level ? { level } : {}), title, evidence };
}

/** The government level, from the title (区级, 省级…) or the unit's own name (上海市普陀区…, 江苏省…). */
function levelOf(title: string, unit: string): Identity['level'] {
  if (/区级|县级|区本级|县本级/.test(title)) return 'district';
  if (/市级|市本级/.test(title)) return 'municipal';
  if (/省级|省本级|自治区级/.test(title)) return 'provincial';
  if (/中央|国务院/.test(title) && !/省|市|区|县/.test(unit)) return 'national';
  if (/(街道|乡|镇)(办事处|人民政府)?$/.test(unit)) return 'township';
  if (/^(.{2,4}?(省|自治区)|.{2,3}市)?.{1,6}?[区县旗]/.test(unit) && !/^.{2,3}(省|自治区)[^市]*$/.test(unit)) return 'district';
  if (/^.{2,4}?(省|自治区)/.test(unit)) return 'provincial';
  return undefined;
}
