// The writing stage's own rules: computed differences and direction words, no percentage on a zero base, what
// the model does not state is not said, template instructions never reach the output, model input checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compare, flattenFigures, type DisclosureInput } from '../model/index.ts';
import { DisclosureSchema } from '../model/schemas.ts';
import { readDocument } from '../read/index.ts';
import { extract } from '../extract/index.ts';
import { headerGrid } from './doc.ts';
import { stripInstructions, yoy } from './phrases.ts';
import { buildDocument } from './build.ts';
import { renderMarkdown } from './md.ts';
import { ModelError, parseModel } from './input.ts';
import { templateModel } from './template.ts';
import { render } from './index.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const md = (input: DisclosureInput) => renderMarkdown(buildDocument(DisclosureSchema.parse(input)));
const base = { identity: { kind: 'budget' as const, year: 2025, unit: '测试局' } };
const f = (value: string, more: Record<string, string> = {}) => ({ value, ...more });

test('year over year: computed difference, direction word, percentage, none on a zero base', () => {
  const w = { than: '比2024年', same: '与2024年', percent: true };
  const fig = (value: string, prev: string) => DisclosureSchema.parse({ ...base, operatingCost: f(value, { prev }) }).operatingCost;
  assert.equal(yoy(fig('110.00', '100.00'), w), '比2024年增加10.00万元，增长10.00%');
  assert.equal(yoy(fig('90.5', '100.00'), w), '比2024年减少9.50万元，下降9.50%');
  assert.equal(yoy(fig('100.00', '100'), w), '与2024年持平');
  assert.equal(yoy(fig('5.00', '0'), w), '比2024年增加5.00万元');
  // the difference is computed from value and prev, not copied from a stated change
  const stated = DisclosureSchema.parse({ ...base, operatingCost: f('43.26', { prev: '47.28', change: '-9.99' }) }).operatingCost;
  assert.equal(yoy(stated, w), '比2024年减少4.02万元，下降8.50%');
  assert.equal(yoy(DisclosureSchema.parse({ ...base, operatingCost: f('1.00') }).operatingCost, w), undefined);
});

test('a figure the model leaves out is not mentioned, and no sentence is invented for it', () => {
  const all = md({ ...base, income: { total: f('100.00') } });
  const text = all.slice(0, all.indexOf('专业性名词解释'));
  assert.match(text, /（一）收入预算：2025年年初预算数100.00万元。/);
  assert.doesNotMatch(text, /较去年|持平|三公|机关运行经费|政府采购/);
  assert.doesNotMatch(text, /二、部门预算情况说明/, 'a section with nothing to say is left out and the rest renumbered');
});

test('what the model says is none is said the standard way', () => {
  const text = md({ ...base, appropriation: { fund: { statedNone: true } }, threePublic: { statedNone: true }, operatingCost: f('0') });
  assert.match(text, /2025年无使用政府性基金预算拨款安排的支出。/);
  assert.match(text, /2025年无“三公”经费预算。/);
  assert.match(text, /2025年无机关运行经费支出。/);
  assert.match(text, /说明：测试局2025年无使用政府性基金预算拨款安排的支出，故本表无数据。/, 'the empty table keeps its 空表说明');
  const final = md({ identity: { kind: 'final', year: 2024, unit: '测试中心' }, appropriation: { capital: { statedNone: true } } });
  assert.match(final, /测试中心2024年度无国有资本经营预算财政拨款收入和支出。/);
  assert.match(final, /国有资本经营预算财政拨款收入支出决算表[\s\S]*故本表无数据/);
});

test('template instructions never reach the output', () => {
  assert.equal(stripInstructions('六、专业性名词解释（纳入向社会公开范围的部门必须填写！）'), '六、专业性名词解释');
  assert.equal(stripInstructions('（以下为常见专业名词解释，单位应根据实际情况进行解释和增减。）'), '');
  const text = md({
    ...base,
    unitInfo: { functions: ['负责某事。（此处请根据实际情况填写）'], structure: '（请填写单位构成）' },
    glossary: [{ term: '（以下为常见专业名词解释，单位应根据实际情况进行解释和增减。）', definition: '（纳入向社会公开范围的部门必须填写！）' }],
    operatingCost: f('1.00', { reason: '主要原因是人员变动（根据实际情况填写）' }),
  });
  assert.doesNotMatch(text, /必须填写|根据实际情况|请填写|此处/);
  assert.match(text, /1\.负责某事。/);
});

test('header grid: "/"-joined columns merge under their common head', () => {
  const g = headerGrid(['科目编码', '科目名称'], ['合计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
  assert.deepEqual(
    g[0].map((c) => [c.text, c.colSpan, c.rowSpan]),
    [
      ['科目编码', 1, 2],
      ['科目名称', 1, 2],
      ['合计', 1, 2],
      ['基本支出', 2, 1],
      ['项目支出', 1, 2],
    ],
  );
  assert.deepEqual(
    g[1].map((c) => c.text),
    ['人员经费', '公用经费'],
  );
});

test('model input: YAML numbers keep their digits, empty fields are dropped, a bad model names its path', () => {
  const d = parseModel('identity: { kind: budget, year: 2025, unit: 测试局 }\nincome:\n  total: { value: 174.00, prev: "" }\n  general: { value: "" }\n');
  assert.equal(d.income.total?.value, '174.00');
  assert.equal(d.income.total?.prev, undefined);
  assert.equal(d.income.general, undefined);
  assert.throws(
    () => parseModel('{"identity": {"kind": "budget", "year": "x", "unit": "u"}}'),
    (e: Error) => e instanceof ModelError && /identity\.year/.test(e.message),
  );
  assert.throws(() => parseModel('identity: [unclosed'), ModelError);
  // statements (the extractor's record of amount sentences) are not written: a problem only there does not stop it
  const withBadStatement = { identity: { kind: 'budget', year: 2025, unit: 'u' }, statements: [{ subject: 's', figure: { value: '2', unit: '公里' } }] };
  assert.deepEqual(parseModel(JSON.stringify(withBadStatement)).statements, []);
  assert.throws(
    () => parseModel('income:\n  total: { value: "12,3" }\nidentity: { kind: budget, year: 2025, unit: u }'),
    (e: Error) => /income\.total\.value/.test(e.message),
  );
});

test('template: both kinds validate once the unit is filled in, and none of their comments reaches the output', () => {
  for (const kind of ['budget', 'final'] as const) {
    const yaml = templateModel(kind, 2025);
    assert.match(yaml, /^# yusuan/);
    assert.throws(() => parseModel(yaml), /identity\.unit/, 'an empty template is not a disclosure yet');
    const d = parseModel(yaml.replace('unit: ""', 'unit: "测试局"').replace(/(\n {2}total:[^\n]*\n {4}value: )""/, '$1"10.00"'));
    assert.equal(d.identity.kind, kind);
    assert.equal(d.income.total?.value, '10.00');
    const text = renderMarkdown(buildDocument(d));
    assert.doesNotMatch(text, /带引号|不写|写了才有|留空|模板/);
  }
});

// Every figure of a model, read back from what was written from it, has the same value; previous-year values
// agree (stated or derived). Figures the writer states only in a table the extractor does not read yet are listed.
const TABLE_ONLY = new Set(['general.project']);
for (const name of ['budget', 'final']) {
  test(`fixture ${name}: html → read back → the model's figures`, async () => {
    const d = parseModel(await readFile(here(`./__fixtures__/${name}.yaml`), 'utf8'));
    const want = flattenFigures(d);
    const got = flattenFigures(extract([await readDocument('x.html', await render(d, 'html'))]));
    const wrong = Object.entries(want)
      .filter(([k]) => !k.endsWith('.change') && !TABLE_ONLY.has(k))
      .filter(([k, v]) => (/^doc\./.test(k) ? got[k] !== v : got[k] === undefined || compare(got[k], v) !== 0))
      .map(([k, v]) => `${k}: ${v} → ${got[k]}`);
    assert.deepEqual(wrong, []);
  });
}
