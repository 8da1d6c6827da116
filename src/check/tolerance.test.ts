import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareEqual, compareSum, withWholeWan } from './tolerance.ts';
import { alter, checkText, seedText } from './testing.ts';

test('tolerance: 0.01 万元 figures stand for ± 0.005; a sum of n rounded terms for the sum of their intervals', () => {
  assert.equal(compareEqual('447.01', '447.01').verdict, 'exact');
  assert.equal(compareSum('447.01', ['273.01', '174.00']).verdict, 'exact');
  assert.equal(compareSum('8695.95', ['1434.89', '7261.05']).verdict, 'rounding');
  assert.equal(compareEqual('57.80', '56.12').verdict, 'far');
  // a figure printed without decimals among 0.01 ones dropped its trailing zeros: 686 is 686.00
  assert.equal(compareEqual('686', '685.9').verdict, 'far');
});

test('tolerance: a figure its passage writes in whole 万元 stands for ± 0.5 万元', () => {
  assert.equal(compareEqual('17192', '17191.5169').verdict, 'far');
  withWholeWan(new Set(['17192']), () => {
    assert.equal(compareEqual('17192', '17191.5169').verdict, 'exact');
    assert.equal(compareEqual('17192', '17190.40').verdict, 'far');
    assert.equal(compareSum('17192', ['12789', '1756', '467', '2180']).verdict, 'exact');
  });
});

test('tolerance: the seed’s overview rewritten in whole 万元 (447万元 for 447.01) gives no error', async () => {
  const line = '（一）收入预算：2024年年初预算数447.01万元，其中：一般公共预算拨款447.01万元；收入较去年减少2544.50万元';
  const whole = alter(seedText(), line, '（一）收入预算：2024年年初预算数447万元，其中：一般公共预算拨款447万元；收入较去年减少2545万元');
  const { disclosure, findings } = await checkText('seed.txt', whole);
  assert.equal(disclosure.income.total?.wholeWan, true);
  assert.deepEqual(
    findings.filter((f) => f.severity === 'error').map((f) => f.message),
    [],
  );
  // the same passage with one decimal figure in it is not a whole-万元 passage: 447 is 447.00 there
  const mixed = alter(seedText(), line, '（一）收入预算：2024年年初预算数447万元，其中：一般公共预算拨款447.00万元；收入较去年减少2544.50万元');
  const m = await checkText('seed.txt', mixed);
  assert.equal(m.disclosure.income.total?.wholeWan, undefined);
});
