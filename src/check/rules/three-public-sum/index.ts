import { defineRule } from '../../engine.ts';
import type { ThreePublic } from '../../../model/index.ts';
import { checkSum, type SumOptions } from '../../sums.ts';

function sums(t: ThreePublic, field: SumOptions['field']) {
  const vehicle = t.vehicle ?? undefined;
  const items =
    vehicle || !(t.vehiclePurchase && t.vehicleOperation)
      ? [
          { label: '因公出国（境）费', figure: t.abroad },
          { label: '公务用车购置及运行费', figure: vehicle },
          { label: '公务接待费', figure: t.reception },
        ]
      : [
          { label: '因公出国（境）费', figure: t.abroad },
          { label: '公务用车购置费', figure: t.vehiclePurchase },
          { label: '公务用车运行维护费', figure: t.vehicleOperation },
          { label: '公务接待费', figure: t.reception },
        ];
  const all = items.every((i) => i.figure);
  return [
    ...(all ? checkSum('“三公”经费', t.total, items, { field, path: 'threePublic.total' }) : []),
    ...checkSum(
      '公务用车购置及运行费',
      t.vehicle,
      [
        { label: '购置费', figure: t.vehiclePurchase },
        { label: '运行维护费', figure: t.vehicleOperation },
      ],
      { field, path: 'threePublic.vehicle' },
    ),
  ];
}

export default defineRule({
  meta: {
    id: 'three-public-sum',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'arithmetic',
    basis: '财预〔2016〕143号（“三公”经费按因公出国（境）费、公务用车购置及运行费、公务接待费公开，公务用车细化为购置费和运行费）',
    docs: '“三公”经费等于因公出国（境）费、公务用车购置及运行费、公务接待费之和；公务用车购置及运行费等于购置费加运行维护费（决算的预算数亦然）。',
  },
  reads: 'model',
  check({ disclosure: d, kind }) {
    return [...sums(d.threePublic, 'value'), ...(kind === 'final' ? sums(d.threePublic, 'budget') : [])];
  },
});
