import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('other-place-name: the seed and the corpus name only their own places', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
  // 103 tells of delegations from other provinces and cities (兄弟省市来青学习考察): dealings, not copied text
  for (const id of ['001', '009', '103', '105']) assert.deepEqual(await runTextRule(rule, `${id}.txt`, corpusText(id)), [], id);
});

test('other-place-name: another district named in the body of the seed is found on its line', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '重庆市渝中区科学技术局是区政府工作部门', '重庆市江北区科学技术局是区政府工作部门'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [42],
  );
  assert.match(f[0].message, /江北区.*渝中区/);
});

test('other-place-name: another city named in the body is found, a visit to it is not', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '（二）单位构成。', '（二）单位构成。成都市科学技术局内设3个科室。'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [40],
  );
  const visit = await runTextRule(rule, 'seed.txt', alter(seedText(), '（二）单位构成。', '（二）单位构成。赴成都市学习考察科技创新工作。'));
  assert.deepEqual(visit, []);
});
