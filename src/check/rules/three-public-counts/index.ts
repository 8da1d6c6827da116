import { defineRule } from '../../engine.ts';
import { sign, type Disclosure, type Figure } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';

interface Count {
  item: keyof Disclosure['threePublic'];
  what: string;
  /** a count statement of this item: its unit and what its subject names */
  units: string[];
  subject: RegExp;
  /** the model's own count figures that answer it too */
  also?: (d: Disclosure) => (Figure | undefined)[];
}

const COUNTS: Count[] = [
  { item: 'abroad', what: '因公出国（境）团组数和人次', units: ['个', '次'], subject: /团组|出国|出境|人次/ },
  { item: 'reception', what: '国内公务接待的批次和人次', units: ['次', '个'], subject: /接待|批次|人次/ },
  {
    item: 'vehiclePurchase',
    what: '购置公务用车的数量',
    units: ['辆'],
    subject: /购置|购买|更新|新增/,
    also: (d) => [d.threePublic.vehiclesBought, d.assets.vehiclesPurchase],
  },
  {
    item: 'vehicleOperation',
    what: '公务用车保有量',
    units: ['辆'],
    subject: /保有|公务用车|车辆/,
    also: (d) => [d.threePublic.vehiclesHeld, d.assets.vehicles],
  },
];

export default defineRule({
  meta: {
    id: 'three-public-counts',
    severity: 'warning',
    kinds: ['final'],
    category: 'completeness',
    basis: '财政部部门决算公开格式（“三公”经费说明：因公出国团组和人次、公务用车购置数及保有量、国内公务接待批次和人次）',
    docs: '决算中有“三公”支出的项目，须说明其实物量：出国团组和人次、购置车辆数、公务用车保有量、接待批次和人次。',
  },
  // what the text states (counts, “无”): a figures-only model has no text to judge
  reads: 'text',
  check({ disclosure: d }) {
    return COUNTS.flatMap(({ item, what, units, subject, also }) => {
      const f = d.threePublic[item] as Figure | undefined;
      if (f?.value === undefined || sign(f.value) <= 0) return [];
      const stated =
        d.statements.some((s) => units.includes(s.figure.unit) && subject.test(s.subject)) || (also?.(d) ?? []).some((x) => x?.value !== undefined);
      if (stated) return [];
      return [
        {
          message: `${d.identity.year}年“三公”经费中${labelOf(item)}${f.value}万元，未说明${what}`,
          evidence: evidenceOf(f),
          path: `threePublic.${item}`,
          suggestion: `补充${what}`,
        },
      ];
    });
  },
});

const LABELS: Partial<Record<keyof Disclosure['threePublic'], string>> = {
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
};
const labelOf = (k: keyof Disclosure['threePublic']) => LABELS[k] ?? k;
