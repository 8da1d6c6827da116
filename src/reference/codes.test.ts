import { test } from 'node:test';
import assert from 'node:assert/strict';
import { functionCode, economicCode, codesNamed, nameMatches, joinCode } from './codes.ts';

test('function codes by code (joined or split) and by name', () => {
  const e = functionCode('221 02 01');
  assert.equal(e?.name, '住房公积金');
  assert.equal(e?.level, '项');
  assert.equal(e?.parent, '22102');
  assert.equal(joinCode('206 01 01'), '2060101');
  assert.ok(codesNamed('科学技术支出', '类').some((c) => c.code === '206'));
  assert.equal(functionCode('9999999'), undefined);
});

test('rows keep their provenance; corpus tables verify recalled rows', () => {
  const cls = functionCode('201');
  assert.ok(cls?.verified);
  assert.ok(
    cls?.sources.some((s) => s.startsWith('CORPUS:')),
    'a class printed in corpus tables carries the documents as sources',
  );
  const recalledOnly = [functionCode('20101')].filter((c) => c && c.sources.every((s) => s.startsWith('REC')));
  for (const c of recalledOnly) assert.equal(c!.verified, false);
});

test('economic codes of the department scheme', () => {
  const e = economicCode('30101');
  assert.equal(e?.name, '基本工资');
  assert.equal(e?.scheme, 'department-economic');
  assert.ok(e && nameMatches(e, '基本 工资'));
});
