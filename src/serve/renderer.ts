/**
 * Downloads in every format yusuan writes, through `render` from src/write (built alongside; loaded lazily and
 * optional: without it the portal still serves the original, the model and the CSV).
 */
import type { Disclosure } from '../model/index.ts';

export const FORMAT_TYPES: Record<string, { ext: string; mediaType: string }> = {
  md: { ext: 'md', mediaType: 'text/markdown; charset=utf-8' },
  html: { ext: 'html', mediaType: 'text/html; charset=utf-8' },
  docx: { ext: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { ext: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pdf: { ext: 'pdf', mediaType: 'application/pdf' },
};

type RenderFn = (d: Disclosure, format: string, opts?: { notice?: string }) => unknown;
let loaded: Promise<RenderFn | null> | undefined;

export function loadRenderer(): Promise<RenderFn | null> {
  // a literal specifier, so that the compiled build (scripts/build.mjs) bundles the writers as a chunk
  loaded ??= import('../write/index.ts').then(
    (m) => (typeof m.render === 'function' ? (m.render as RenderFn) : null),
    () => null,
  );
  return loaded;
}

function toBytes(r: unknown): Uint8Array | null {
  if (typeof r === 'string') return new TextEncoder().encode(r);
  if (r instanceof Uint8Array) return r;
  if (r instanceof ArrayBuffer) return new Uint8Array(r);
  if (r && typeof r === 'object') {
    const o = r as Record<string, unknown>;
    for (const k of ['bytes', 'data', 'content', 'output', 'buffer']) if (k in o) return toBytes(o[k]);
  }
  return null;
}

/** What every generated file says first: it is not the original. */
export const MACHINE_MADE = '【系统生成，非原件】本文件由预算公开平台根据公开文件中读取的数字自动生成，可能与原件有出入，内容以单位发布的原件为准。';

/** The disclosure written in `format`, marked as machine-made, or null when the writer is unavailable. Throws when the writer fails. */
export async function renderDisclosure(d: Disclosure, format: string): Promise<Uint8Array | null> {
  const render = await loadRenderer();
  if (!render) return null;
  return toBytes(await render(d, format, { notice: MACHINE_MADE }));
}
