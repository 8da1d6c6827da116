import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, align, compare, sign, sub } from './decimal.ts';

/** The reference: both numbers as integers of their finest common scale. */
const byUnits = (a: string, b: string) => {
  const { units } = align(a, b);
  return units[0] === units[1] ? 0 : units[0] < units[1] ? -1 : 1;
};

test('decimal compare: by digits, as the BigInt of the common scale says', () => {
  const cases: [string, string][] = [
    ['447.01', '447.010000'],
    ['0', '-0.00'],
    ['-0.01', '0'],
    ['-12.5', '-12.49'],
    ['007.1', '7.10'],
    ['99.999', '100'],
    ['1000', '999.9999'],
    ['-1000', '-999.9999'],
    ['0.000034', '0.00003'],
  ];
  for (const [a, b] of cases) {
    assert.equal(compare(a, b), byUnits(a, b), `${a} vs ${b}`);
    assert.equal(compare(b, a), byUnits(b, a), `${b} vs ${a}`);
  }
  // random amounts as the tables give them (元 → 万元, up to six decimals, signed)
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const amount = () => `${rnd(3) === 0 ? '-' : ''}${rnd(100000)}${rnd(2) ? `.${String(rnd(1000000)).padStart(rnd(6) + 1, '0')}` : ''}`;
  for (let i = 0; i < 2000; i++) {
    const [a, b] = [amount(), amount()];
    assert.equal(compare(a, b), byUnits(a, b), `${a} vs ${b}`);
  }
});

test('decimal sign, add and sub stay exact', () => {
  assert.equal(sign('-0.000'), 0);
  assert.equal(sign('-0.001'), -1);
  assert.equal(add('0.1', '0.2'), '0.3');
  assert.equal(sub('1685.72', '1557.29'), '128.43');
});
