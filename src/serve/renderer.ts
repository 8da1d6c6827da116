/**
 * Downloads in every format yusuan writes, through `render` from src/write (loaded on the first download, so that
 * the portal starts without the writers' libraries).
 */
import type { Disclosure } from '../model/index.ts';
import type { Format } from '../write/index.ts';

export const FORMAT_TYPES: Record<string, { ext: string; mediaType: string }> = {
  md: { ext: 'md', mediaType: 'text/markdown; charset=utf-8' },
  html: { ext: 'html', mediaType: 'text/html; charset=utf-8' },
  docx: { ext: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { ext: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pdf: { ext: 'pdf', mediaType: 'application/pdf' },
};

/** What every generated file says first: it is not the original. */
export const MACHINE_MADE = '【系统生成，非原件】本文件由预算公开平台根据公开文件中读取的数字自动生成，可能与原件有出入，内容以单位发布的原件为准。';

/** The disclosure written in `format`, marked as machine-made. Throws when the writer fails. */
export async function renderDisclosure(d: Disclosure, format: Format): Promise<Uint8Array> {
  // a literal specifier, so that the compiled build (scripts/build.mjs) bundles the writers as a chunk
  const { render } = await import('../write/index.ts');
  return render(d, format, { notice: MACHINE_MADE });
}
