/**
 * The schema of a `Decimal` (decimal.ts does its arithmetic). Kept apart from the arithmetic so that reading,
 * extracting and checking, which only compute, load no zod: the validator costs a tenth of a second to load,
 * more than reading a short document.
 */
import { z } from 'zod';

export const DecimalSchema = z
  .string()
  // bounded: no amount has more digits, and a million of them would make every sum a slow bigint
  .regex(/^-?\d{1,20}(\.\d{1,20})?$/, 'a decimal number written as a string, e.g. "447.01" (at most 20 digits before the point and 20 after)')
  .describe('Exact decimal as a string (万元 for money); digits after the point give the stated precision');
export type Decimal = z.infer<typeof DecimalSchema>;
