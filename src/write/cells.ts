import { round, scaleOf, type Decimal } from '../model/index.ts';

/** A table cell: at least two decimals (0 → 0.00), never fewer digits than the model states. */
export function cellText(v: Decimal): string {
  return scaleOf(v) < 2 ? round(v, 2) : v;
}
