/**
 * The output formats, one list: what `yusuan render` accepts, what the portal offers for download and serves
 * under which media type. A format added here without its case in render() (index.ts) fails to compile.
 */
export const OUTPUT_FORMATS = {
  md: { ext: 'md', mediaType: 'text/markdown; charset=utf-8', label: 'Markdown' },
  html: { ext: 'html', mediaType: 'text/html; charset=utf-8', label: '网页（HTML）' },
  docx: { ext: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word（DOCX）' },
  xlsx: { ext: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel（XLSX）' },
  pdf: { ext: 'pdf', mediaType: 'application/pdf', label: 'PDF' },
} as const;

export type Format = keyof typeof OUTPUT_FORMATS;
export const FORMATS = Object.keys(OUTPUT_FORMATS) as Format[];
export const isFormat = (s: string): s is Format => Object.hasOwn(OUTPUT_FORMATS, s);
