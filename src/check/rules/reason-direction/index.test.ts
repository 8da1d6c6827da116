import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkText, clone, corpusText, runRule, seedModel } from '../../testing.ts';

test('reason-direction: the seed’s reasons fit their directions', () => {
  assert.deepEqual(runRule(rule, seedModel()), []);
});

test('reason-direction: a decrease explained by “经费增加” (005 item 4, and the seed altered)', async () => {
  const d = clone(seedModel());
  d.operatingCost = { ...d.operatingCost!, reason: '办公经费增加' };
  const f = runRule(rule, d);
  assert.deepEqual(
    f.map((x) => [x.evidence[0].line, x.severity]),
    [[57, 'warning']],
  );
  const g = runRule(rule, (await checkText('005.txt', corpusText('005'))).disclosure);
  assert.ok(g.some((x) => x.evidence[0].line === 89));
});

test('reason-direction: “退休人员增加” may explain a decrease of other spending', () => {
  const d = clone(seedModel());
  d.operatingCost = { ...d.operatingCost!, reason: '退休人员增加' };
  assert.deepEqual(runRule(rule, d), []);
});
