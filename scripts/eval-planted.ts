/**
 * `npx tsx scripts/eval-planted.ts`: plant defects of several kinds into the seed and the corpus texts (in memory)
 * and count how many `yusuan check` notices: a planted defect is caught when a finding of warning or error
 * severity appears that the unaltered document does not have. Then plant misreading traps — text that is no
 * defect but that a careless reading takes for one (a count next to an amount, a 决算 with its 年初预算, a column of
 * function codes): a trap is passed when no new error finding appears. Prints the share per kind and each miss.
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
  /** a misreading trap: passed when no new error appears (a defect is caught when a new warning or error appears) */
  trap?: boolean;
}

/**
 * Remove a numbered part (“四、“三公”经费情况说明”) with its content up to the next part, as the seed defect does;
 * null when there is none. Its line in the table of contents and its table stay: a part removed “as a whole”
 * means the explanation (heading and content).
 */
function removePart(text: string, title: RegExp): string | null {
  const lines = text.split('\n');
  const part = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;
  // a notice about that part only (its title names it) has nothing else: no part to remove
  if (title.test(lines.slice(0, 3).join(''))) return null;
  // the part in the body, after the table of contents: the last heading that names it
  // a numbered 名词解释 entry (“八、“三公”经费：指…”) or a table's title (“十一、…支出预算表”) is no part
  const heads = lines
    .map((l, i) => (part.test(l) && title.test(l) && !/[：:]\s*指|表$/.test(l.trim()) && l.replace(/\s+/g, '').length <= 40 ? i : -1))
    .filter((i) => i >= 0);
  const at = heads.length ? heads[heads.length - 1] : -1;
  if (at < 0) return null;
  const end = lines.findIndex((l, i) => i > at && part.test(l));
  if (end < 0) return null; // the last part: removing it would look like a cut-off copy
  return [...lines.slice(0, at), ...lines.slice(end)].join('\n');
}

/** Another district in place of the unit's own where the body names it after its city (“重庆市渝中区” → “重庆市江北区”). */
function otherDistrict(text: string): string | null {
  const head = text.split('\n').slice(0, 5).join('');
  const own = /([\u4e00-\u9fa5]{2}市)([\u4e00-\u9fa5]{2}区)/.exec(head.replace(/\s+/g, ''));
  if (!own) return null;
  const lines = text.split('\n');
  const i = lines.findIndex((l, n) => n >= 5 && l.replace(/\s+/g, '').includes(own[0]) && !/[|]/.test(l));
  if (i < 0) return null;
  const other = own[2] === '江北区' ? '渝北区' : '江北区';
  lines[i] = lines[i].replace(/\s+/g, '').replace(own[0], own[1] + other);
  return lines.join('\n');
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

/**
 * The 年初预算 the trap writes beside a 决算 amount (m[2]): 7 万元 above it, unless the sentence goes on to state its
 * difference from the budget (“比预算数减少67.62万元”): then the budget that difference gives, or the trap would
 * plant a real contradiction.
 */
function budgetOf(m: RegExpExecArray): string {
  const rest = m.input.slice(m.index + m[0].length).split(/[。；]/)[0];
  const d = /(?:比|较)(?:年初)?预算数?(减少|节约|增加|超支)(\d[\d,]*(?:\.\d+)?)\s*万元/.exec(rest);
  if (!d) return bump(m[2], 7);
  const diff = Number(d[2].replace(/,/g, ''));
  return bump(m[2], /减少|节约/.test(d[1]) ? diff : -diff);
}

const PLANTS: Plant[] = [
  {
    kind: 'class amount changed (sum breaks)',
    apply: (t) => replaceNth(t, /(社会保障和就业(?:（类）)?支出(?:（类）)?\s*)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 10) + m[3]),
  },
  {
    kind: '三公 item changed (sum breaks)',
    apply: (t) => replaceNth(t, /(公务接待费[^0-9，。]{0,8}?)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 1) + m[3]),
  },
  { kind: 'direction word flipped', apply: (t) => replaceNth(t, /(比|较)(上年|去年|20\d\d年度?)(减少)(\s*\d)/, 0, (m) => m[1] + m[2] + '增加' + m[4]) },
  { kind: 'percentage changed', apply: (t) => replaceNth(t, /(增长|下降)(\s*)(\d+\.\d\d)(\s*%)/, 0, (m) => m[1] + m[2] + bump(m[3], 3) + m[4]) },
  {
    kind: 'change amount changed',
    apply: (t) =>
      replaceNth(t, /((?:比|较)(?:上年|去年|20\d\d年度?)(?:相比)?(?:增加|减少))(\s*)(\d[\d,]*\.\d\d)(\s*万元)/, 0, (m) => m[1] + m[2] + bump(m[3], 5) + m[4]),
  },
  {
    kind: 'wrong year in a heading',
    apply: (t, y) => replaceNth(t, new RegExp(`^(.{0,30})${y}(\\s*年度?.{0,20}(情况说明|预算表|决算表))`, 'm'), 0, (m) => m[1] + (y - 1) + m[2]),
  },
  { kind: 'placeholder left in', apply: (t) => replaceNth(t, /(联系人|主要职能|机构设置)/, 0, (m) => m[1] + '：XX') },
  { kind: 'template alternative left in', apply: (t) => replaceNth(t, /(比|较)(上年|去年|20\d\d年度?)(减少|增加)/, 0, (m) => m[1] + m[2] + '增加（减少）') },
  { kind: 'reason removed', apply: (t) => replaceNth(t, /(主要原因(?:是|为|：))([^。\n]{2,60})。/, 0, (m) => m[1] + '。') },
  // not in a 三公 notice: without its 三公 lines nothing of it is left
  {
    kind: '三公 section removed',
    apply: (t) => {
      const lines = t.split('\n');
      const out = lines.filter((l) => !/三公|因公出国|公务接待|公务用车/.test(l));
      return out.length < lines.length && out.join('').length > t.length / 2 ? out.join('\n') : null;
    },
  },
  {
    kind: '机关运行经费 removed',
    apply: (t) => {
      const lines = t.split('\n');
      const out = lines.filter((l) => !/运行经费/.test(l));
      return out.length < lines.length ? out.join('\n') : null;
    },
  },
  { kind: 'table 合计 row changed', apply: (t) => replaceNth(t, /^(\s*合\s*计\s+)(\d[\d,]*\.\d+)/m, 0, (m) => m[1] + bump(m[2], 100)) },
  {
    kind: '项 amount changed in the text',
    apply: (t) => replaceNth(t, /([（(]\d*项[）)][^0-9，。]{0,4}?)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 1) + m[3]),
  },
  { kind: '人员经费 changed (split breaks)', apply: (t) => replaceNth(t, /(人员经费\s*)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 10) + m[3]) },
  {
    kind: '政府采购 section removed',
    apply: (t) => {
      const lines = t.split('\n');
      const out = lines.filter((l) => !/政府采购/.test(l));
      return out.length < lines.length ? out.join('\n') : null;
    },
  },
  {
    kind: '名词解释 removed',
    apply: (t) => {
      const lines = t.split('\n');
      const out = lines.filter((l) => !/名词解释/.test(l));
      return out.length < lines.length ? out.join('\n') : null;
    },
  },
  { kind: '万元 printed as 元', apply: (t) => replaceNth(t, /(基本支出\s*)(\d[\d,]*\.\d+)(\s*)万元/, 0, (m) => m[1] + m[2] + m[3] + '元') },
  {
    kind: 'another unit’s name in one title',
    apply: (t) =>
      replaceNth(
        t,
        /^(\s*)(.{2,20}?)(局|委员会|办公室|办公厅|院)(\s*20\d\d\s*年度?\s*(部门|单位)?\s*(预算|决算))/m,
        0,
        (m) => m[1] + (m[2] + m[3] === '上海市黄浦区教育局' ? '上海市静安区教育局' : '上海市黄浦区教育局') + m[4],
      ),
  },
  { kind: 'part removed as a whole (seed kind)', apply: (t) => removePart(t, /三公/) },
  {
    kind: 'body year contradicts (seed kind)',
    apply: (t, y) => replaceNth(t, new RegExp(`(^|[。；]\\s*)${y}(年[^。\\n]{0,40}万元[^。\\n]{0,20}(比|较))`, 'm'), 0, (m) => m[1] + (y - 2) + m[2]),
  },
  { kind: 'another district in the body (seed kind)', apply: otherDistrict },
  {
    kind: 'trap: a count next to an amount',
    trap: true,
    apply: (t) => replaceNth(t, /(公务接待费[^0-9，。]{0,8}?\d[\d,]*(?:\.\d+)?\s*万元)/, 0, (m) => `${m[1]}（接待15批次、4527人次）`),
  },
  {
    kind: 'trap: a 决算 sentence with its 年初预算',
    trap: true,
    apply: (t) =>
      replaceNth(
        t,
        /(“三公”经费[^0-9，。]{0,12}?决算[^0-9，。]{0,6}?)(\d[\d,]*(?:\.\d+)?)(\s*万元)/,
        0,
        (m) => `${m[1].replace(/决算[^0-9，。]{0,6}?$/, '')}预算为${budgetOf(m)}万元，支出决算为${m[2]}${m[3]}`,
      ),
  },
  {
    kind: 'trap: a column of function codes in an empty table',
    trap: true,
    apply: (t) =>
      `${t}\n\n表：政府性基金预算财政拨款支出表\n功能分类科目编码  科目名称  金额\n2080505  机关事业单位基本养老保险缴费支出\n2101101  行政单位医疗\n2210201  住房公积金\n注：本单位无政府性基金预算财政拨款支出，本表为空表。\n`,
  },
  {
    kind: 'total changed',
    apply: (t) =>
      replaceNth(t, /((?:收入预算|收入总计|本年收入合计|年初预算数)[^0-9，。]{0,6}?)(\d[\d,]*\.\d+)(\s*万元)/, 0, (m) => m[1] + bump(m[2], 100) + m[3]),
  },
];

async function findings(file: string, text: string) {
  const doc = await readDocument(file, new TextEncoder().encode(text));
  return checkDisclosure(extract([doc]), [doc]).filter((f) => f.severity !== 'info');
}

/** By rule, severity and message: a planted line moves findings below it, which are not new. */
const key = (f: { rule: string; severity: string; message: string }) => `${f.rule}|${f.severity}|${f.message}`;

/** With --why: the lines a missed plant changed (first 3), to tell why it went unseen. */
const why = process.argv.includes('--why');
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const gone = a.slice(i, a.length - j).map((l, k) => `      ${i + k + 1}- ${l.trim().slice(0, 90)}`);
  const added = b.slice(i, b.length - j).map((l, k) => `      ${i + k + 1}+ ${l.trim().slice(0, 90)}`);
  return [...gone, ...added].slice(0, 6);
}

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
      let ok: boolean;
      try {
        const fresh = (await findings(file, altered)).filter((f) => !base.has(key(f)));
        ok = p.trap ? !fresh.some((f) => f.severity === 'error') : fresh.length > 0;
      } catch (e) {
        ok = false; // the reader failed on the altered text: a miss, named as such
        t.misses.push(`${file.split('/').pop()!}(reading failed: ${(e as Error).message.split('\n')[0].slice(0, 40)})`);
      }
      if (ok) t.caught++;
      else if (!t.misses.at(-1)?.startsWith(file.split('/').pop()!)) {
        t.misses.push(file.split('/').pop()!);
        if (why) console.log(`${p.kind} missed in ${file.split('/').pop()}:\n${changedLines(text, altered).join('\n')}`);
      }
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
  console.log(`planted defects caught and traps passed: ${((100 * caught) / planted).toFixed(1)}% (${caught}/${planted})`);
}

await main();
