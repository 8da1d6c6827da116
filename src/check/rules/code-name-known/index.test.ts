import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText } from '../../testing.ts';

const mine = <T extends { rule: string; severity: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id && x.severity !== 'info');

test('code-name-known: 005 as published prints its codes with their names', async () => {
  assert.deepEqual(mine((await checkText('005.txt', corpusText('005'))).findings), []);
});

test('code-name-known: 住房公积金 printed under 221 02 03 (购房补贴) is a warning', async () => {
  const text = alter(corpusText('005'), '221   02   01   住房公积金', '221   02   03   住房公积金');
  const f = mine((await checkText('005.txt', text)).findings);
  assert.ok(
    f.some((x) => /2210203.*住房公积金.*购房补贴/.test(x.message)),
    JSON.stringify(f.map((x) => x.message)),
  );
});
