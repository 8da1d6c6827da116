import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkText, clone, corpusText, runRule, seedModel } from '../../testing.ts';

const withShare = (share: string) => {
  const d = clone(seedModel());
  d.threePublic.vehicleOperation = { ...d.threePublic.vehicleOperation!, share };
  return d;
};

test('share-recompute: 3.00 of 4.30 is 69.77%', () => {
  assert.deepEqual(runRule(rule, withShare('69.77')), []);
});

test('share-recompute: a wrong share is an error; 69.76% is within the rounding of 3.00 / 4.30: info', () => {
  assert.equal(runRule(rule, withShare('59.77'))[0].severity, 'error');
  assert.equal(runRule(rule, withShare('69.76'))[0].severity, 'info');
});

test('share-recompute: a last-digit slip is a warning (016: 1,685.72 of 15,897.44 = 10.60%, stated 10.61%)', () => {
  const d = clone(seedModel());
  d.threePublic.total = { ...d.threePublic.total!, value: '15897.44' };
  d.threePublic.vehicle = { ...d.threePublic.vehicleOperation!, value: '1685.72', share: '10.61' };
  assert.deepEqual(
    runRule(rule, d).map((x) => x.severity),
    ['warning'],
  );
});

test('share-recompute: 015 三公 shares taken of 三公 + 会议费 + 培训费 are errors', async () => {
  const f = runRule(rule, (await checkText('015.txt', corpusText('015'))).disclosure);
  assert.ok(f.some((x) => x.severity === 'error' && x.message.includes('8.75%')));
});

test('share-recompute: 016 as published: 单位预留机动经费 1,685.72 of 支出 15,897.44 is 10.60%, stated 10.61%', async () => {
  const { disclosure, doc } = await checkText('016.txt', corpusText('016'));
  const f = runRule(rule, disclosure, [doc]).filter((x) => x.path === 'expenditure.reserve');
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence[0].line]),
    [['warning', 748]],
  );
});
