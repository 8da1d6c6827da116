import { defineRule, type Draft } from '../../engine.ts';
import { sign, type Figure } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';

const none = (f: Figure | undefined) => f?.value !== undefined && sign(f.value) === 0;
const some = (f: Figure | undefined) => f?.value !== undefined && sign(f.value) > 0;

export default defineRule({
  meta: {
    id: 'vehicles-match-spending',
    severity: 'warning',
    kinds: ['budget'],
    category: 'consistency',
    basis: '财预〔2016〕143号（“三公”经费与国有资产占用情况说明）；实践：GovBudgetChecker（无公务用车的单位不安排运行维护费）',
    docs: '车辆数与“三公”经费一致：没有车辆的不安排公务用车运行维护费；拟购置车辆的安排购置费，不购置的不安排。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const { vehicles, vehiclesPurchase } = d.assets;
    const { vehicleOperation, vehiclePurchase } = d.threePublic;
    const out: Draft[] = [];
    const report = (message: string, a: Figure | undefined, b: Figure | undefined, path: string, suggestion: string) =>
      out.push({ message, evidence: evidenceOf(a, b), rests: [a, b], path, suggestion });
    if (none(vehicles) && some(vehicleOperation))
      report(
        `车辆为0辆，却安排公务用车运行维护费${vehicleOperation!.value}万元`,
        vehicles,
        vehicleOperation,
        'threePublic.vehicleOperation',
        '核对车辆数或公务用车运行维护费',
      );
    if (none(vehiclesPurchase) && some(vehiclePurchase))
      report(
        `拟购置车辆0辆，却安排公务用车购置费${vehiclePurchase!.value}万元`,
        vehiclesPurchase,
        vehiclePurchase,
        'threePublic.vehiclePurchase',
        '核对拟购置车辆数或公务用车购置费',
      );
    if (some(vehiclesPurchase) && none(vehiclePurchase))
      report(
        `拟购置车辆${vehiclesPurchase!.value}辆，公务用车购置费却为0`,
        vehiclesPurchase,
        vehiclePurchase,
        'assets.vehiclesPurchase',
        '核对拟购置车辆数或公务用车购置费',
      );
    return out;
  },
});
