import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runRule, runTextRule, seedModel, seedText } from '../../testing.ts';

test('sections-required: the seed has every part', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('sections-required: the procurement paragraph and the contact line removed from the seed', async () => {
  let text = alter(
    seedText(),
    '（二）政府采购情况。所属各预算单位政府采购预算总额5.00万元：政府采购货物预算5.00万元；其中一般公共预算拨款政府采购5.00万元：政府采购货物预算5.00万元。',
    '',
  );
  text = alter(text, '单位预算公开联系人：王亚  联系方式： 023-63765282', '');
  const f = await runTextRule(rule, 'seed.txt', text);
  // each where it belongs: the contact after the last part (no part follows it: the title), procurement before 绩效
  assert.deepEqual(
    f.map((x) => [x.message, x.evidence[0].line]),
    [
      ['缺少“联系人及联系方式”部分', 1],
      ['缺少“政府采购情况”部分', 60],
    ],
  );
});

/** The seed without its 三公 part, heading and content (lines 52–54): only the glossary still defines “三公”经费. */
const withoutThreePublic = () => {
  const lines = seedText().split('\n');
  lines.splice(51, 3);
  return lines.join('\n');
};

test('sections-required: the 三公 part removed as a whole is reported where it belongs, naming it', async () => {
  const f = await runTextRule(rule, 'seed.txt', withoutThreePublic());
  assert.deepEqual(
    f.map((x) => [x.message, x.evidence[0].line]),
    [['缺少““三公”经费情况说明”部分', 52]],
  );
  assert.match(f[0].evidence[0].text, /其他重要事项/);
});

test('sections-required: a 三公 notice, a section, an excerpt are asked only for what they carry, with one note', () => {
  const d = seedModel();
  d.sections = d.sections.filter((s) => s.key === 'threePublic');
  d.operatingCost = undefined;
  d.procurement = {};
  d.performance = {};
  d.assets = { vehiclesByType: [] };
  d.glossary = [];
  d.contact = {};
  const full = runRule(rule, d);
  assert.ok(full.filter((f) => f.severity === 'warning').length >= 4, 'a full disclosure misses its other parts');
  d.identity.content = 'threePublic';
  assert.deepEqual(
    runRule(rule, d).map((f) => [f.severity, f.message]),
    [['info', '本文件为“三公”经费说明，未检查完整公开所需的其他部分']],
  );
  d.identity.content = 'excerpt';
  assert.deepEqual(
    runRule(rule, d).map((f) => f.severity),
    ['info'],
  );
  d.identity.content = 'full';
  d.identity.truncated = true;
  d.sections = seedModel().sections.filter((s) => ['unitInfo', 'overview', 'threePublic', 'operatingCost'].includes(s.key));
  // cut after 机关运行经费: 政府采购, 绩效, 名词解释 … would come after the cut
  assert.deepEqual(
    runRule(rule, d).map((f) => f.message),
    ['本文件在中途截断，截断处之后的部分未检查'],
  );
});

test('sections-required: a document saying itself that a part was not published (103) is reported there', async () => {
  const f = (await runTextRule(rule, '103.txt', corpusText('103'))).filter((x) => x.message.includes('未公开'));
  assert.equal(f.length, 1);
  assert.match(f[0].message, /三公/);
});

/** A document's text without the lines from the one holding `from` up to (not including) the one holding `to`. */
function withoutLines(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.includes(from));
  const b = lines.findIndex((l, i) => i > a && l.includes(to));
  assert.ok(a >= 0 && b > a, `${from} … ${to} not found`);
  return [...lines.slice(0, a), ...lines.slice(b)].join('\n');
}

test('sections-required: a 三公 part removed where the glossary still defines “三公”经费 on a numbered line (012)', async () => {
  const text = corpusText('012');
  assert.deepEqual(await runTextRule(rule, '012.txt', text).then((f) => f.filter((x) => x.message.includes('三公'))), []);
  // the body's part (the last heading naming it; the table of contents keeps its line) up to the next part
  const lines = text.split('\n');
  const at = lines.map((l, i) => (/^\s*十一、一般公共预算“三公”经费/.test(l) ? i : -1)).reduce((a, b) => Math.max(a, b));
  const end = lines.findIndex((l, i) => i > at && /^\s*十二、/.test(l));
  const f = await runTextRule(rule, '012.txt', [...lines.slice(0, at), ...lines.slice(end)].join('\n'));
  assert.deepEqual(
    f.filter((x) => x.message.includes('三公')).map((x) => [x.severity, x.message]),
    [['warning', '缺少““三公”经费情况说明”部分']],
  );
});

test('sections-required: an excerpt is asked for a part missing between its first and its last (136)', async () => {
  const text = corpusText('136');
  assert.deepEqual(
    (await runTextRule(rule, '136.txt', text)).filter((x) => x.severity !== 'info'),
    [],
  );
  const f = await runTextRule(rule, '136.txt', withoutLines(text, '二、政府采购支出情况说明', '三、国有资产占用情况说明'));
  assert.deepEqual(
    f.filter((x) => x.severity !== 'info').map((x) => x.message),
    ['缺少“政府采购情况”部分'],
  );
  // without its first part the excerpt merely starts later: nothing to ask
  const later = await runTextRule(rule, '136.txt', withoutLines(text, '一、机关运行经费支出情况说明', '二、政府采购支出情况说明'));
  assert.deepEqual(
    later.filter((x) => x.severity !== 'info'),
    [],
  );
});

test('sections-required: a cut-off copy is asked for a part before one present, though read as no heading (104)', async () => {
  const text = corpusText('104');
  const f = await runTextRule(rule, '104.txt', withoutLines(text, '2、“三公经费”预算', '3、机关运行经费情况'));
  assert.deepEqual(
    f.filter((x) => x.severity !== 'info').map((x) => x.message),
    ['缺少““三公”经费情况说明”部分'],
  );
});
