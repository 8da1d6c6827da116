import { z } from 'zod';

/** Where a fact was read: a line of a text input, or a page (and table cell) of a PDF, DOCX or XLSX. */
export const EvidenceSchema = z
  .object({
    file: z.string().optional().describe('input file the text comes from'),
    line: z.number().int().positive().optional().describe('1-based line in a text, Markdown or HTML input'),
    page: z.number().int().positive().optional().describe('1-based page in a PDF (or sheet index in an XLSX)'),
    table: z.string().optional().describe('title of the table holding the fact'),
    row: z.string().optional().describe('row label (code and name) in that table'),
    column: z.string().optional().describe('column header in that table'),
    text: z.string().describe('the exact original text, as published'),
    ocr: z.boolean().optional().describe('true when the text comes from OCR of a scanned page'),
    confidence: z.number().min(0).max(1).optional().describe('OCR confidence (0–1)'),
  })
  .describe('Evidence: where a fact was read and the exact text');
export type Evidence = z.infer<typeof EvidenceSchema>;
