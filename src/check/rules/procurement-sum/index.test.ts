import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, clone, runRule, seedModel, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('procurement-sum: seed 5.00 = goods 5.00', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('procurement-sum: goods above the total, planted in the seed, is an error', async () => {
  const f = mine((await checkText('seed.txt', alter(seedText(), '政府采购预算总额5.00万元', '政府采购预算总额4.00万元'))).findings);
  assert.ok(f.length >= 1);
  assert.ok(f.every((x) => x.severity === 'error' && x.evidence[0].line === 58));
});

test('procurement-sum: goods + works + services against the total (009-like 0.01 is info)', () => {
  const d = clone(seedModel());
  const p = d.procurement;
  p.total = { ...p.total!, value: '251.25' };
  p.goods = { ...p.total, value: '4.79' };
  p.works = { ...p.total, value: '0' };
  p.services = { ...p.total, value: '246.47' };
  p.general = undefined;
  assert.equal(runRule(rule, d)[0].severity, 'info');
  p.services.value = '236.47';
  assert.equal(runRule(rule, d)[0].severity, 'error');
});
