/**
 * The standard tables of the corpus texts (pdftotext -layout): which tables are found, their kinds,
 * units and rows, the class totals, and the figures they give against the hand-checked figures.tsv.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { linesOf, type SourceDocument } from '../../read/document.ts';
import { abs, add, compare, sub } from '../../model/decimal.ts';
import type { Table } from '../../model/table.ts';
import { extractTables, figuresFromTables } from './index.ts';
import { CORPUS_TEXT } from '../../../test/shared.ts';

const dir = CORPUS_TEXT;
const ids = readdirSync(dir)
  .filter((f) => /^\d+\.txt$/.test(f))
  .map((f) => f.slice(0, -4));

const cache = new Map<string, Table[]>();
function tablesOf(id: string): Table[] {
  let t = cache.get(id);
  if (!t) {
    const text = readFileSync(resolve(dir, `${id}.txt`), 'utf8');
    const doc: SourceDocument = { file: `${id}.txt`, format: 'text', lines: linesOf(text, { pages: true }), tables: [] };
    t = extractTables(doc);
    cache.set(id, t);
  }
  return t;
}

function truthOf(id: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of readFileSync(resolve(dir, `${id}.figures.tsv`), 'utf8').split('\n')) {
    const [k, v] = line.split('\t');
    if (k && v !== undefined) m.set(k, v.trim());
  }
  return m;
}

const near = (a: string, b: string, tol = '0.005') => compare(abs(sub(a, b)), tol) <= 0;
const kinds = (id: string) => tablesOf(id).map((t) => t.kind);

const SH_BUDGET = [
  'summary',
  'income',
  'expenditure',
  'appropriationSummary',
  'generalExpenditure',
  'fundExpenditure',
  'capitalExpenditure',
  'generalBasic',
  'threePublic',
];

test('上海 预算: the nine tables in order, T1–T8 in 元 and the 三公 table in 万元; the table of contents is not a table', () => {
  for (const id of ['001', '002', '003', '004', '005', '006', '007', '008']) {
    assert.deepEqual(kinds(id), SH_BUDGET, id);
    const units = tablesOf(id).map((t) => t.unit);
    assert.deepEqual(units, [...new Array(8).fill('元'), '万元'], id);
    assert.ok(tablesOf(id)[0].evidence!.line! > 30, `${id}: first table after the contents`);
  }
});

test('上海 决算: the nine 决算 tables, in 万元', () => {
  for (const id of ['009', '010', '011']) {
    assert.deepEqual(
      kinds(id),
      [
        'summary',
        'income',
        'expenditure',
        'appropriationSummary',
        'generalExpenditure',
        'generalBasic',
        'threePublic',
        'fundExpenditure',
        'capitalExpenditure',
      ],
      id,
    );
    assert.ok(tablesOf(id).every((t) => t.unit === '万元'));
  }
});

test('江苏 预算: the standard tables, 三公 and 政府采购 among them', () => {
  for (const id of ['012', '013', '016', '018', '021', '024', '025']) {
    const k = kinds(id);
    for (const want of ['summary', 'income', 'expenditure', 'appropriationSummary', 'generalExpenditure', 'generalBasic', 'threePublic'] as const) {
      assert.ok(k.includes(want), `${id} has ${want}: ${k.join(',')}`);
    }
    assert.ok(
      tablesOf(id).some((t) => /政府采购/.test(t.title)),
      `${id} 政府采购`,
    );
  }
});

test('rows: codes joined, levels, names and exact 元 → 万元 values (001)', () => {
  const [, income, expenditure, , , fund, , basic] = tablesOf('001');
  assert.equal(income.rows.length, 31);
  assert.equal(expenditure.rows.length, 31);
  assert.equal(basic.rows.length, 31);
  const r = expenditure.rows.find((x) => x.code === '2080505')!;
  assert.equal(r.level, '项');
  assert.equal(r.name, '机关事业单位基本养老保险缴费支出');
  assert.equal(r.values[0], '141.088600');
  const total = expenditure.rows.at(-1)!;
  assert.equal(total.level, 'total');
  assert.deepEqual(total.values, ['37151.465500', '1983.065500', '35168.400000']);
  assert.deepEqual(
    expenditure.columns.map((c) =>
      c
        .split('/')
        .at(-1)!
        .replace(/^支出预算/, ''),
    ),
    ['合计', '基本支出', '项目支出'],
  );
  assert.match(fund.emptyNote ?? '', /空表/);
  assert.equal(r.evidence?.line, 217);
});

test('two-sided summary tables: rows carry their side (001 收支总表, 012 with 支出用途)', () => {
  const s = tablesOf('001')[0];
  const income = s.rows.filter((r) => r.side === 'income').map((r) => r.name);
  const out = s.rows.filter((r) => r.side === 'expenditure').map((r) => r.name);
  assert.deepEqual(income.slice(0, 2), ['一、财政拨款收入', '1.一般公共预算资金']);
  assert.ok(out.includes('五、资源勘探工业信息等支出'));
  const js = tablesOf('012')[0];
  const basic = js.rows.find((r) => r.name === '一、基本支出')!;
  assert.equal(basic.side, 'expenditure');
  assert.ok(basic.values.includes('9964.07'));
  const social = js.rows.find((r) => r.name === '八、社会保障和就业支出')!;
  assert.ok(social.values.includes('2000.39'));
});

test('two-column layout: 基本支出决算表 with two code/name/amount groups per line (010)', () => {
  const t = tablesOf('010').find((x) => x.kind === 'generalBasic')!;
  const byCode = (c: string) => t.rows.find((r) => r.code === c)!;
  assert.equal(byCode('30207').name, '邮电费');
  assert.ok(byCode('30207').values.includes('8.05'));
  assert.equal(byCode('30108').name, '机关事业单位基本养老保险缴费');
  assert.ok(byCode('30108').values.includes('446.11'));
  assert.ok(byCode('310').values.includes('39.76'));
  assert.ok(t.rows.find((r) => r.name === '人员经费合计')!.values.includes('4884.09'));
});

test('class totals: the 类 rows of every 支出 table add up to its 合计 (±0.01 万元)', () => {
  let checked = 0;
  for (const id of ids) {
    for (const t of tablesOf(id).filter((x) => x.kind === 'expenditure' || x.kind === 'generalExpenditure' || x.kind === 'income')) {
      const classes = t.rows.filter((r) => r.level === '类' && r.values[0] !== null);
      const total = t.rows.find((r) => r.level === 'total' && r.values[0] !== null);
      if (!classes.length || !total) continue;
      const sum = add(...classes.map((r) => r.values[0]!));
      assert.ok(near(sum, total.values[0]!, '0.01'), `${id} ${t.title}: classes ${sum} vs 合计 ${total.values[0]}`);
      checked++;
    }
  }
  assert.ok(checked >= 40, `checked ${checked} tables`);
});

test('决算 三公 table: 预算数 and 决算数 columns by item (009, 010)', () => {
  const f9 = figuresFromTables(tablesOf('009'), 'final');
  assert.equal(f9['threePublic.reception.budget'].value, '0.95');
  assert.equal(f9['threePublic.total.budget'].value, '0.95');
  const f10 = figuresFromTables(tablesOf('010'), 'final');
  assert.equal(f10['threePublic.reception'].value, '0.39');
  assert.equal(f10['threePublic.total.budget'].value, '2.85');
});

/** Where the narrative and the table disagree, figures.tsv keeps the narrative's value (notes.md). */
const NARRATIVE_WINS: Record<string, string[]> = {
  '010': ['general.basic', 'expenditure.function.卫生健康支出'],
  '105': ['threePublic.vehicle', 'threePublic.vehiclePurchase', 'threePublic.vehicleOperation'],
};
const TABLE_KEYS_SH = ['income.general', 'general.income', 'expenditure.basic', 'expenditure.project', 'general.basic', 'general.project'];
const TABLE_KEYS_JS = ['general.income', 'general.project', 'threePublic.total'];

test('figures from tables equal figures.tsv (±0.005 万元); every table-sourced key of the notes is given', () => {
  let compared = 0;
  for (const id of ids) {
    const truth = truthOf(id);
    const kind = truth.get('doc.kind') === 'final' ? 'final' : 'budget';
    const figs = figuresFromTables(tablesOf(id), kind);
    for (const [key, f] of Object.entries(figs)) {
      const want = truth.get(key);
      if (want === undefined || NARRATIVE_WINS[id]?.includes(key)) continue;
      assert.ok(near(f.value, want), `${id} ${key}: ${f.value} vs ${want}`);
      assert.ok(f.evidence.text.length > 0 && f.evidence.line !== undefined, `${id} ${key} evidence`);
      compared++;
    }
    // which keys the notes source from the tables is known for the 上海/江苏 standard tables (001–025) only
    if (kind === 'final' || Number(id) > 25) continue;
    const fromTables = Number(id) <= 8 ? TABLE_KEYS_SH : TABLE_KEYS_JS;
    for (const key of [...truth.keys()].filter((k) => fromTables.includes(k) || /^expenditure\.function\.[^.]+$/.test(k))) {
      assert.ok(figs[key], `${id}: ${key} (table-sourced) missing`);
    }
  }
  assert.ok(compared >= 450, `compared ${compared}`);
});

test('a 0 for an empty 政府性基金 / 国有资本经营 table, with the 空表说明 as evidence', () => {
  const f = figuresFromTables(tablesOf('001'), 'budget');
  assert.equal(f['fund.expenditure'].value, '0');
  assert.match(f['fund.expenditure'].evidence.text, /空表/);
  assert.equal(f['capital.expenditure'].value, '0');
  const f11 = figuresFromTables(tablesOf('011'), 'final');
  assert.equal(f11['threePublic.total'].value, '0');
});

test('performance: linear in the document (no scan of the whole text per row)', () => {
  const text = readFileSync(resolve(dir, '005.txt'), 'utf8');
  const time = (t: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 9; i++) {
      const doc: SourceDocument = { file: 'x.txt', format: 'text', lines: linesOf(t, { pages: true }), tables: [] };
      const t0 = performance.now();
      figuresFromTables(extractTables(doc), 'budget');
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  time(text);
  const one = time(text);
  const four = time([text, text, text, text].join('\f'));
  assert.equal(extractTables({ file: 'x', format: 'text', lines: linesOf([text, text].join('\f'), { pages: true }), tables: [] }).length, 18);
  // four copies: about four times the work; a quadratic scan would be sixteen
  assert.ok(four < one * 9, `1× ${one.toFixed(1)} ms, 4× ${four.toFixed(1)} ms`);
});

test('财政拨款收支总表: amounts stay in their fund columns (no corpus unit has 政府性基金/国有资本 money)', () => {
  let checked = 0;
  for (const id of ids) {
    const a = tablesOf(id).find((t) => t.kind === 'appropriationSummary');
    if (!a) continue;
    const general = a.columns.findIndex((c) => /一般公共预算/.test(c.replace(/\//g, '')));
    const funds = a.columns.map((c, i) => [c.replace(/\//g, ''), i] as const).filter(([c]) => /政府性基金|国有资本经营/.test(c));
    for (const r of a.rows.filter((x) => x.side === 'expenditure')) {
      for (const [c, i] of funds) assert.ok(r.values[i] === null || /^0(\.0+)?$/.test(r.values[i]!), `${id} ${r.name} ${c}: ${r.values[i]}`);
      if (general >= 0 && /^[一二三四五六七八九十]+、/.test(r.name) && r.values.some((v) => v !== null)) {
        assert.ok(r.values[general] !== null, `${id} ${r.name}: 一般公共预算 column empty`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 30, `checked ${checked}`);
});

test('every table of the corpus is a valid TableSchema (zod)', async () => {
  const { TableSchema } = await import('../../model/table.ts');
  for (const id of ids) for (const t of tablesOf(id)) TableSchema.parse(t);
});

test('收支总表 with 基本支出 centred between 人员经费 and 公用经费: each row’s 合计 = 人员 + 公用 + 项目', () => {
  let checked = 0;
  for (const id of ids) {
    const s = tablesOf(id).find((t) => t.kind === 'summary' && t.columns.some((c) => /人员经费$/.test(c)));
    if (!s) continue;
    const col = (re: RegExp) => s.columns.findIndex((c) => re.test(c));
    const [total, personnel, publicFunds, project] = [col(/合计$/), col(/基本支出\/人员经费$/), col(/基本支出\/公用经费$/), col(/项目支出$/)];
    assert.ok(personnel > total && publicFunds > personnel && project > publicFunds, `${id}: ${s.columns.join(' | ')}`);
    for (const r of s.rows.filter((x) => x.side === 'expenditure' && x.values[total] !== null)) {
      const parts = [personnel, publicFunds, project].map((i) => r.values[i] ?? '0');
      // 元 tables: the parts may drop the cents the total keeps (008), never more than a yuan
      assert.ok(compare(abs(sub(r.values[total]!, add(...parts))), '0.0001') <= 0, `${id} ${r.name}: ${r.values.join(' ')}`);
      checked++;
    }
  }
  assert.ok(checked >= 12, `checked ${checked}`);
});
