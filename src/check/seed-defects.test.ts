/**
 * The seed altered one defect at a time, checked as `yusuan check` does: each of the three kinds of defect that only
 * the body shows is reported on its line, and nothing else is added to the seed's two findings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../model/index.ts';
import { alter, checkText, seedText } from './testing.ts';

// by rule and message: removing lines moves the seed's own findings to other lines
const key = (f: Finding) => `${f.rule}:${f.message}`;

/** Findings of the altered seed that the seed as published does not have. */
async function fresh(text: string): Promise<Finding[]> {
  const base = new Set((await checkText('seed.txt', seedText())).findings.map(key));
  return (await checkText('seed.txt', text)).findings.filter((f) => !base.has(key(f)));
}

test('seed defect: the 三公 part removed as a whole (heading and content) is reported where it was, naming it', async () => {
  const lines = seedText().split('\n');
  lines.splice(51, 3); // 四、“三公”经费情况说明 … its paragraph
  const f = await fresh(lines.join('\n'));
  assert.deepEqual(
    f.map((x) => [x.rule, x.severity, x.evidence[0].line]),
    [['sections-required', 'warning', 52]],
  );
  assert.match(f[0].message, /“三公”经费情况说明/);
});

test('seed defect: a body year contradicting the document year is reported on its line', async () => {
  const f = await fresh(alter(seedText(), '2024年“三公”经费预算4.30万元', '2022年“三公”经费预算4.30万元'));
  assert.deepEqual(
    f.map((x) => [x.rule, x.evidence[0].line]),
    [['body-year', 54]],
  );
});

test('seed defect: another district’s name in the body is reported on its line', async () => {
  const f = await fresh(alter(seedText(), '重庆市渝中区科学技术局是区政府工作部门', '重庆市江北区科学技术局是区政府工作部门'));
  assert.deepEqual(
    f.map((x) => [x.rule, x.evidence[0].line]),
    [['other-place-name', 42]],
  );
});
