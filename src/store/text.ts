/**
 * Text helpers of the store: the bigram word index, region inference, stable slugs, and the narrative written
 * from a model's figures (for models imported without their text, e.g. the sample data). The narrative is our
 * own plain wording of the numbers, not a copy of any document.
 */
import { createHash } from 'node:crypto';
import { abs, sign, type Disclosure, type Figure } from '../model/index.ts';

export const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** Searchable form of text: quotation marks dropped (“三公”经费 is found by 三公经费), whitespace runs collapsed. */
export function searchable(text: string): string {
  return text.replace(/[“”"‘’'「」『』]/g, '').replace(/[ \t\u3000]+/g, ' ');
}

/** Stable public key of an organisation. */
export const orgSlug = (region: string, name: string) => sha256(`${region}|${name}`).slice(0, 12);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The word index for short queries: every run of CJK characters as its overlapping bigrams (a lone character as
 * itself), other words lower-cased, all separated by spaces. FTS5's unicode61 tokenizer and PostgreSQL's `simple`
 * configuration then index each bigram as a token, so a 2-character query is an exact token match and a longer one
 * a phrase of its bigrams.
 */
export function bigrams(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(/[\u3400-\u9fff\uf900-\ufaff]+|(?:(?![\u3400-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+/gu)) {
    const w = m[0];
    if (!CJK.test(w[0])) out.push(w.toLowerCase());
    else if (w.length === 1) out.push(w);
    else for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
  }
  return out.join(' ');
}

/** The tokens of a query for the bigram index; null when the term has no CJK pair (one character). */
export function queryBigrams(term: string): string[] | null {
  const toks = bigrams(term).split(' ').filter(Boolean);
  if (!toks.length) return null;
  if (toks.some((t) => CJK.test(t) && t.length < 2)) return null;
  return toks;
}

const ORGAN_PREFIX = /^(中共|中国共产党|共青团|中国共产主义青年团|中国人民政治协商会议|政协|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/;

/** A region as stored: never a party or CPPCC organ (中共上海市普陀区 → 上海市普陀区). */
export const regionName = (r: string | undefined) => r?.replace(ORGAN_PREFIX, '') || undefined;

/** The administrative region a unit's name starts with (重庆市渝中区科学技术局 → 重庆市渝中区), or '' when none. */
export function regionOf(unit: string): string {
  // a party, front or CPPCC organ's name starts with the organisation, then the region: 中共上海市普陀区委… → 上海市普陀区
  unit = unit.replace(ORGAN_PREFIX, '');
  const m = /^((?:[^省市区县]{2,7}(?:省|自治区))?(?:[^省市区县]{1,7}?(?:市|自治州|州|盟))?(?:[^省市区县]{1,6}?(?:区|县|旗))?)/.exec(unit);
  const r = m?.[1] ?? '';
  // a bare "XX区" that is really the unit name (e.g. 社区), or the whole name, is not a region
  if (!r || r === unit || r.length < 3) return '';
  return r;
}

const KIND = { budget: '预算', final: '决算' } as const;

function money(f: Figure | undefined): string | null {
  return f?.value !== undefined ? `${f.value}万元` : null;
}

function change(f: Figure | undefined): string {
  if (!f || f.change === undefined) return '';
  const s = sign(f.change);
  if (s === 0) return '，与上年持平';
  return `，比上年${s > 0 ? '增加' : '减少'}${abs(f.change)}万元`;
}

/** A plain narrative of the model's figures, one paragraph per line, headings numbered 一、二、… */
export function narrate(d: Disclosure, note?: string): string {
  const k = KIND[d.identity.kind];
  const y = d.identity.year;
  const out: string[] = [`${d.identity.unit}`, `${y}年部门${k}（数据摘要）`, ''];
  let n = 0;
  const head = (t: string) => out.push('', `${'一二三四五六七八九十'[n++]}、${t}`);
  head('单位基本情况');
  if (note) out.push(note);
  if (d.unitInfo.functions.length) out.push(...d.unitInfo.functions.map((f, i) => `${i + 1}.${f}`));
  if (d.unitInfo.structure) out.push(d.unitInfo.structure);

  head(`收支${k}总体情况`);
  const inc = money(d.income.total);
  const exp = money(d.expenditure.total);
  if (inc) out.push(`${y}年收入${k}${inc}${change(d.income.total)}。`);
  if (exp) out.push(`${y}年支出${k}${exp}${change(d.expenditure.total)}。`);
  const basic = [d.expenditure.basic, d.appropriation.general.basic].find((f) => f?.value !== undefined);
  const project = [d.expenditure.project, d.appropriation.general.project].find((f) => f?.value !== undefined);
  if (basic || project) out.push(`其中：基本支出${money(basic) ?? '未列明'}${change(basic)}；项目支出${money(project) ?? '未列明'}${change(project)}。`);

  head('一般公共预算财政拨款支出');
  const g = d.appropriation.general.expenditure;
  if (g) out.push(`一般公共预算财政拨款支出${money(g)}${change(g)}。`);
  for (const c of d.expenditure.byFunction.filter((c) => c.level === '类'))
    out.push(`${c.code ? c.code + ' ' : ''}${c.name}${money(c.figure)}${change(c.figure)}。`);

  head('“三公”经费');
  const t = d.threePublic;
  if (t.total) {
    out.push(`“三公”经费${k}${money(t.total)}${change(t.total)}。`);
    const parts = [
      ['因公出国（境）费', t.abroad],
      ['公务接待费', t.reception],
      ['公务用车购置费', t.vehiclePurchase],
      ['公务用车运行维护费', t.vehicleOperation],
    ] as const;
    for (const [name, f] of parts) if (f) out.push(`${name}${money(f)}${change(f)}。`);
  } else if (t.statedNone) out.push('无“三公”经费。');
  else out.push('未列明。');

  head('机关运行经费');
  out.push(d.operatingCost ? `机关运行经费${money(d.operatingCost)}${change(d.operatingCost)}。` : '未列明。');

  head('政府采购');
  const p = d.procurement;
  out.push(
    p.total
      ? `政府采购${k}${money(p.total)}${p.goods ? `，其中货物${money(p.goods)}` : ''}${p.works ? `，工程${money(p.works)}` : ''}${p.services ? `，服务${money(p.services)}` : ''}。`
      : '未列明。',
  );

  head('绩效目标');
  out.push(d.performance.amount ? `实行绩效目标管理的项目金额${money(d.performance.amount)}。` : '未列明。');

  head('国有资产占有使用情况');
  out.push(
    d.assets.vehicles
      ? `公务用车保有${d.assets.vehicles.value}辆${d.assets.vehiclesPurchase ? `，拟购置${d.assets.vehiclesPurchase.value}辆` : ''}。`
      : '未列明。',
  );
  return out.join('\n');
}
