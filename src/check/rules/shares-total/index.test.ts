import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkText, clone, corpusText, runRule, runTextRule, seedModel, seedText } from '../../testing.ts';

test('shares-total: the seed states no shares; shares adding to 100 % (within rounding) pass', async () => {
  assert.deepEqual(
    (await checkText('seed.txt', seedText())).findings.filter((f) => f.rule === rule.meta.id),
    [],
  );
  const d = clone(seedModel());
  d.threePublic.reception!.share = '30.23';
  d.threePublic.vehicleOperation!.share = '69.78'; // 100.01: each share rounded, within 0.01
  assert.deepEqual(runRule(rule, d), []);
});

test('shares-total: a share that pushes the parts past 100 % is an error', () => {
  const d = clone(seedModel());
  d.threePublic.reception!.share = '30.23';
  d.threePublic.vehicleOperation!.share = '79.77';
  const f = runRule(rule, d);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /110(\.00)?%/);
  assert.equal(f[0].evidence[0].line, 54);
});

test('shares-total: 支出 parts that cover far less than the whole leave a part unnamed (111: 34.80% + 38.08%)', async () => {
  const f = (await runTextRule(rule, '111.txt', corpusText('111'))).filter((x) => x.message.includes('未说明'));
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence[0].line, x.message]),
    [['warning', 39, '支出所列各项占比之和为72.88%（基本支出34.80% + 项目支出38.08%），另有27.12%未说明是哪一项']],
  );
  // a part stated without its share: what the shares leave is that part's, not unnamed
  const d = seedModel();
  d.expenditure.basic = { value: '100.00', unit: '万元', origin: 'narrative', share: '60.00', evidence: [] };
  d.expenditure.project = { value: '50.00', unit: '万元', origin: 'narrative', evidence: [] };
  d.expenditure.reserve = { value: '1.00', unit: '万元', origin: 'narrative', share: '1.00', evidence: [] };
  assert.deepEqual(
    runRule(rule, d).filter((x) => x.message.includes('未说明')),
    [],
  );
});
