import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkDisclosure } from '../../index.ts';
import { clone, runRule, seedModel } from '../../testing.ts';

test('unreadable-page: none in the seed', () => {
  assert.deepEqual(runRule(rule, seedModel()), []);
});

test('unreadable-page: one finding per page, and no cascade of “missing” findings', () => {
  const d = clone(seedModel());
  d.sources = [{ file: 'x.pdf', format: 'pdf', unreadablePages: [3, 5] }];
  d.procurement = {};
  d.glossary = [];
  d.sections = d.sections.filter((s) => s.key !== 'procurement' && s.key !== 'glossary');
  const f = checkDisclosure(d);
  assert.deepEqual(
    f.filter((x) => x.rule === 'unreadable-page').map((x) => x.message),
    ['第3页无法读取', '第5页无法读取'],
  );
  assert.deepEqual(
    f.filter((x) => x.rule !== 'unreadable-page'),
    [],
  );
});
