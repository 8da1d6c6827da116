/**
 * Downloads in every format yusuan writes, through `render` from src/write (loaded on the first download, so that
 * the portal starts without the writers' libraries).
 */
import type { Disclosure } from '../model/index.ts';
import type { Format } from '../write/formats.ts';

/** What every generated file says first: it is not the original. */
export const MACHINE_MADE = '【系统生成，非原件】本文件由预算公开平台根据公开文件中读取的数字自动生成，可能与原件有出入，内容以单位发布的原件为准。';

/** The disclosure written in `format`, marked as machine-made. Throws when the writer fails. */
export async function renderDisclosure(d: Disclosure, format: Format): Promise<Uint8Array> {
  // a literal specifier, so that the compiled build (scripts/build.mjs) bundles the writers as a chunk
  const { render } = await import('../write/index.ts');
  return render(d, format, { notice: MACHINE_MADE });
}
