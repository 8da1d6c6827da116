/**
 * One error path: whatever went wrong with one input becomes one line, `yusuan: FILE: what is wrong`, in plain
 * words. A schema failure of the extracted model (a document with no year, no amounts …) is said as what it means
 * for the document, never as the validator's JSON; a message is cut to one line and a sane length.
 */
import { ReadError } from './document.ts';

const MAX_MESSAGE = 300;

/** A failed schema check (zod's ZodError), known by its shape so that the CLI's start loads no zod. */
interface SchemaError {
  name: 'ZodError';
  issues: { path: PropertyKey[]; message: string }[];
}
const isSchemaError = (e: unknown): e is SchemaError => e instanceof Error && e.name === 'ZodError' && Array.isArray((e as Partial<SchemaError>).issues);

/** What a failed schema check of an extracted model means for the document. */
function describeSchema(e: SchemaError): string {
  const issue = e.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  if (path === 'identity.year') return 'no year found: is this a budget disclosure?';
  if (path === 'identity.kind') return 'neither 预算 nor 决算 found: is this a budget disclosure?';
  return `does not read as a disclosure (${path || 'model'}: ${issue?.message ?? 'invalid'})`;
}

/** One line: newlines and other control characters shown as spaces, cut to a sane length. */
export function oneLine(s: string, max = MAX_MESSAGE): string {
  const flat = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** The reason an input failed, in plain words. */
export function reasonOf(e: unknown): string {
  if (e instanceof ReadError) return e.message;
  if (isSchemaError(e)) return describeSchema(e);
  const err = e as Error;
  if (err instanceof RangeError && /call stack|Invalid string length|Array buffer allocation|Invalid array length/i.test(err.message)) {
    return 'too large or too deeply nested to read (refused)';
  }
  return `failed: ${err?.message ?? String(e)}`;
}

/** The line printed for a failed input. */
export const failureLine = (file: string, e: unknown) => `yusuan: ${oneLine(file, 1000)}: ${oneLine(reasonOf(e))}`;
