/**
 * `npx tsx scripts/eval-planted.ts`: plant defects of several kinds into the seed and the corpus texts (in memory)
 * and count how many `yusuan check` notices: a planted defect is caught when a finding of warning or error
 * severity appears that the unaltered document does not have. Prints the share per kind and each miss.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../src/read/index.ts';
import { extract } from '../src/extract/index.ts';
import { checkDisclosure } from '../src/check/index.ts';
import { SHARED as shared } from '../test/shared.ts';


interface Plant {
  kind: string;
  apply(text: string, year: number): string | null;
}

/** Replace the n-th match of re in text (by a function of the match); null when there is none. */
function replaceNth(text: string, re: RegExp, n: number, f: (m: RegExpExecArray) => string): string | null {
  const all = [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))];
  const m = all[n];
  if (!m) return null;
  return text.slice(0, m.index!) + f(m as RegExpExecArray) + text.slice(m.index! + m[0].length);
}

const bump = (num: string, by: number) => {
  const [i, f = ''] = num.replace(/,/g, '').split('.');
  const scale = f.length;
  const v = BigInt(i + f) + BigInt(Math.round(by * 10 ** scale));
  const s = v.toString().padStart(scale + 1, '0');
  return scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s;
};

const PLANTS: Plant[] = [
  { kind: 'class amount changed (sum breaks)', apply: (t) => replaceNth(t, /(社会保障和就业(?:（类）)?支出(?:（类）)?\s*)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 10) + m[3]) },
  { kind: '三公 item changed (sum breaks)', apply: (t) => replaceNth(t, /(公务接待费[^0-9，。]{0,8}?)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 1) + m[3]) },
  { kind: 'direction word flipped', apply: (t) => replaceNth(t, /(比|较)(上年|去年|20\d\d年度?)(减少)(\s*\d)/, 0, (m) => m[1] + m[2] + '增加' + m[4]) },
  { kind: 'percentage changed', apply: (t) => replaceNth(t, /(增长|下降)(\s*)(\d+\.\d\d)(\s*%)/, 0, (m) => m[1] + m[2] + bump(m[3], 3) + m[4]) },
  { kind: 'change amount changed', apply: (t) => replaceNth(t, /((?:比|较)(?:上年|去年|20\d\d年度?)(?:相比)?(?:增加|减少))(\s*)(\d[\d,]*\.\d\d)(\s*万元)/, 0, (m) => m[1] + m[2] + bump(m[3], 5) + m[4]) },
  { kind: 'wrong year in a heading', apply: (t, y) => replaceNth(t, new RegExp(`^(.{0,30})${y}(\\s*年度?.{0,20}(情况说明|预算表|决算表))`, 'm'), 0, (m) => m[1] + (y - 1) + m[2]) },
  { kind: 'placeholder left in', apply: (t) => replaceNth(t, /(联系人|主要职能|机构设置)/, 0, (m) => m[1] + '：XX') },
  { kind: 'template alternative left in', apply: (t) => replaceNth(t, /(比|较)(上年|去年|20\d\d年度?)(减少|增加)/, 0, (m) => m[1] + m[2] + '增加（减少）') },
  { kind: 'reason removed', apply: (t) => replaceNth(t, /(主要原因(?:是|为|：))([^。\n]{2,60})。/, 0, (m) => m[1] + '。') },
  { kind: '三公 section removed', apply: (t) => { const lines = t.split('\n'); const out = lines.filter((l) => !/三公|因公出国|公务接待|公务用车/.test(l)); return out.length < lines.length ? out.join('\n') : null; } },
  { kind: '机关运行经费 removed', apply: (t) => { const lines = t.split('\n'); const out = lines.filter((l) => !/运行经费/.test(l)); return out.length < lines.length ? out.join('\n') : null; } },
  { kind: 'table 合计 row changed', apply: (t) => replaceNth(t, /^(\s*合\s*计\s+)(\d[\d,]*\.\d+)/m, 0, (m) => m[1] + bump(m[2], 100)) },
  { kind: '项 amount changed in the text', apply: (t) => replaceNth(t, /([（(]\d*项[）)][^0-9，。]{0,4}?)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 1) + m[3]) },
  { kind: '人员经费 changed (split breaks)', apply: (t) => replaceNth(t, /(人员经费\s*)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 10) + m[3]) },
  { kind: '政府采购 section removed', apply: (t) => { const lines = t.split('\n'); const out = lines.filter((l) => !/政府采购/.test(l)); return out.length < lines.length ? out.join('\n') : null; } },
  { kind: '名词解释 removed', apply: (t) => { const lines = t.split('\n'); const out = lines.filter((l) => !/名词解释/.test(l)); return out.length < lines.length ? out.join('\n') : null; } },
  { kind: '万元 printed as 元', apply: (t) => replaceNth(t, /(基本支出\s*)(\d[\d,]*\.\d+)(\s*)万元/, 0, (m) => m[1] + m[2] + m[3] + '元') },
  { kind: 'another unit’s name in one title', apply: (t) => replaceNth(t, /^(\s*)(.{2,20}?)(局|委员会|办公室|办公厅|院)(\s*20\d\d\s*年度?\s*(部门|单位)?\s*(预算|决算))/m, 0, (m) => m[1] + (m[2] + m[3] === '上海市黄浦区教育局' ? '上海市静安区教育局' : '上海市黄浦区教育局') + m[4]) },
  { kind: 'total changed', apply: (t) => replaceNth(t, /((?:收入预算|收入总计|本年收入合计|年初预算数)[^0-9，。]{0,6}?)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 100) + m[3]) },
];

async function findings(file: string, text: string) {
  const doc = await readDocument(file, new TextEncoder().encode(text));
  return checkDisclosure(extract([doc]), [doc]).filter((f) => f.severity !== 'info');
}

const key = (f: { rule: string; message: string }) => `${f.rule}|${f.message}`;

async function main() {
  const dir = join(shared, 'corpus', 'text');
  const files = [join(shared, 'seed', '000_5eccc108b9c624cd.txt'), ...(await readdir(dir)).filter((f) => /^\d+\.txt$/.test(f)).map((f) => join(dir, f))];
  const tally = new Map<string, { caught: number; planted: number; misses: string[] }>();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const year = Number(/(20\d\d)\s*年/.exec(text)?.[1]);
    const base = new Set((await findings(file, text)).map(key));
    for (const p of PLANTS) {
      const altered = p.apply(text, year);
      if (!altered || altered === text) continue;
      const t = tally.get(p.kind) ?? { caught: 0, planted: 0, misses: [] };
      t.planted++;
      const fresh = (await findings(file, altered)).filter((f) => !base.has(key(f)));
      if (fresh.length) t.caught++;
      else t.misses.push(file.split('/').pop()!);
      tally.set(p.kind, t);
    }
  }
  let caught = 0;
  let planted = 0;
  for (const [kind, t] of tally) {
    caught += t.caught;
    planted += t.planted;
    console.log(`${kind.padEnd(36)} ${t.caught}/${t.planted}${t.misses.length ? `   missed in ${t.misses.join(' ')}` : ''}`);
  }
  console.log(`planted defects caught: ${((100 * caught) / planted).toFixed(1)}% (${caught}/${planted})`);
}

await main();
