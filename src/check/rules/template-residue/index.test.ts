import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('template-residue: the seed’s two template instructions, with their lines', async () => {
  const f = await runTextRule(rule, 'seed.txt', seedText());
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [64, 66],
  );
  assert.ok(f.every((x) => x.severity === 'warning'));
});

test('template-residue: an either-or wording planted in the seed is found; the cleaned seed passes', async () => {
  const clean = alter(alter(seedText(), '（纳入向社会公开范围的部门必须填写！）', ''), '（以下为常见专业名词解释，单位应根据实际情况进行解释和增减。）', '');
  assert.deepEqual(await runTextRule(rule, 'seed.txt', clean), []);
  const planted = alter(clean, '公务用车运行维护费3.00万元，比2023年减少1.00万元', '公务用车运行维护费3.00万元，比2023年增加（减少）1.00万元');
  const f = await runTextRule(rule, 'seed.txt', planted);
  assert.deepEqual(
    f.map((x) => [x.evidence[0].line, x.message.includes('增加（减少）')]),
    [[54, true]],
  );
});

test('template-residue: “增加（增长）” is no alternative', async () => {
  const text = alter(seedText(), '比2023年减少1.00万元', '比2023年增加（增长）1.00万元');
  assert.deepEqual(
    (await runTextRule(rule, 'seed.txt', text)).map((x) => x.evidence[0].line),
    [64, 66],
  );
});

test('template-residue: an instruction of what to write left in its place (129) is found', async () => {
  const f = await runTextRule(rule, '129.txt', corpusText('129'));
  assert.ok(f.some((x) => x.message.includes('具体出国开支')));
});
