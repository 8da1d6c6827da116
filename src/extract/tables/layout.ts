/**
 * One table of a layout text (pdftotext -layout, or PDF lines with positioned runs) read into a Table:
 * header lines merged into columns, rows with code/name/level/values, two- and three-sided summary tables
 * split into sides, values printed a line above their label (wrapped cells) joined to their row, wrapped
 * names joined, repeated headers on continuation pages skipped, and the 空表说明 kept.
 */
import type { Segment, SourceLine } from '../../read/document.ts';
import type { Table } from '../../model/table.ts';
import { unitOf } from './amounts.ts';
import type { Block } from './blocks.ts';
import { isProse } from './blocks.ts';
import { collectRows, type DataLine } from './collect.ts';
import { buildColumns, isLabelHeader } from './header.ts';
import { compactName, isTotalName, NUMBERED, splitLine } from './rows.ts';
import { segmentsOf, type Metric } from './segments.ts';
import { repeatedLabels, sideBoundaries, sideOfCol } from './sides.ts';
import { cleanTitle, isEmptyNote, isNoteLine, kindOfTitle } from './titles.ts';
import { valueRows } from './values.ts';

const META = /(编制)?(部门|单位)\s*[:：]|^\s*单位\s*[:：]|金额单位/;
const HEADING_STOP = /(情况)?说明$|^第[一二三四五六七八九十]+部分|^附[件表]?[:：]?$/;
/** A table's number printed on its own line before the next title (公开 04 表, 表十一, 附表3). */
const TABLE_NUMBER = /^(部门)?(公开|附)?\s*\d{1,2}\s*表$|^(附)?表\s*[\d一二三四五六七八九十]+$/;
const FOOTER = /^[-—–－_]*\s*(第\s*)?\d{1,3}\s*(页)?\s*[-—–－_]*$|^第\s*\d{1,3}\s*页\s*[，,/／]?\s*共\s*\d{1,3}\s*页$|^\d{1,3}\s*[/／]\s*\d{1,3}$/;

export interface Ctx {
  lines: readonly SourceLine[];
  metric: Metric;
}

export function readBlock(block: Block, ctx: Ctx): Table {
  const { title, number } = cleanTitle(block.title);
  const kind = kindOfTitle(title);
  const header: Segment[][] = [];
  const headerTexts = new Set<string>();
  const dataLines: DataLine[] = [];
  let emptyNote: string | undefined;
  let inNotes = false;
  let noteLines = 0;
  let dataStarted = false;
  let lastNonBlank = -1;
  for (let i = block.start; i < block.end; i++) {
    const line = ctx.lines[i];
    const text = line.text;
    if (!text.trim()) continue;
    const adjacent = lastNonBlank === i - 1;
    const pageStart = lastNonBlank >= 0 && line.page !== undefined && ctx.lines[lastNonBlank].page !== line.page;
    lastNonBlank = i;
    if (isFooter(ctx.lines, i)) continue;
    if (isNoteLine(text) || (inNotes && (isEmptyNote(text) || (isProse(text) && ++noteLines <= 4)))) {
      inNotes = true;
      if (isEmptyNote(text)) emptyNote = emptyNote ? `${emptyNote}${text.trim()}` : text.trim();
      continue;
    }
    if (inNotes || isProse(text) || (text.includes('表') && TABLE_NUMBER.test(text.trim().replace(/\s+/g, '')))) break;
    const all = segmentsOf(line, ctx.metric);
    const segs = /[:：]|单位/.test(text) ? all.filter((s) => !META.test(s.text)) : all;
    if (!segs.length) continue;
    if (unitOf(text) && segs.length === 0) continue;
    const { code, labels, amounts } = splitLine(segs);
    const labelText = labels.map((l) => compactName(l.text));
    // a repeated header line (not a lone character: “款” may end a wrapped name)
    const onlyHeaderWords =
      !code && !amounts.length && !(labelText.length === 1 && labelText[0].length === 1) && labelText.every((t) => headerTexts.has(t) || isLabelHeader(t));
    if (!dataStarted) {
      const single = labels.length === 1 && !amounts.length && !code;
      const isData =
        Boolean(code) ||
        amounts.some((a) => /\d/.test(a.text)) ||
        (labels.length > 0 && NUMBERED.test(compactName(labels[0].text))) ||
        (single && /^(合计|总计)$/.test(labelText[0]));
      if (!isData) {
        if (HEADING_STOP.test(compactName(text)) && header.length) break;
        header.push(segs);
        labelText.forEach((t) => headerTexts.add(t));
        continue;
      }
      dataStarted = true;
    } else if (onlyHeaderWords) continue;
    // a running head at the top of the next page (no code, no amount, not a numbered row) is no row
    else if (pageStart && !code && !amounts.length && labelText.join('').length > 8 && !NUMBERED.test(labelText[0]) && !isTotalName(labelText[0])) continue;
    else if (!code && !amounts.length && HEADING_STOP.test(compactName(text))) break;
    dataLines.push({ segs, line: i, adjacent, split: { code, labels, amounts } });
  }
  const summary = kind === 'summary' || kind === 'appropriationSummary';
  const columns = buildColumns(header, { sided: summary });
  const twoColumn = !summary && repeatedLabels(columns);
  const sides =
    summary || twoColumn
      ? sideBoundaries(
          dataLines.map((d) => d.segs),
          twoColumn,
        )
      : [0];
  const headerRights = sides.map((_, k) => columns.filter((c) => !c.label && sideOfCol(c, sides) === k).at(-1)?.right);
  const raw = collectRows(dataLines, sides, twoColumn, headerRights);
  const rows = valueRows(raw, columns, sides, block, ctx, title, summary);
  const table: Table = {
    kind,
    title,
    unit: block.unit,
    columns: columns.filter((c) => !c.label || sides.length > 1).map((c) => c.name),
    rows,
    evidence: { line: ctx.lines[block.titleLine].no, page: ctx.lines[block.titleLine].page, text: block.title.trim() },
  };
  if (number) table.number = number;
  if (emptyNote) table.emptyNote = emptyNote;
  if (!table.evidence?.page) delete table.evidence?.page;
  return table;
}

function isFooter(lines: readonly SourceLine[], i: number): boolean {
  const t = lines[i].text.trim();
  if (t.length > 16) return false;
  if (!FOOTER.test(t)) return false;
  if (/[-—–－_页第]/.test(t)) return true;
  const page = lines[i].page;
  if (page === undefined) return false;
  const near = (d: number) => {
    for (let j = i + d; j >= 0 && j < lines.length; j += d) if (lines[j].text.trim()) return lines[j].page;
    return undefined;
  };
  return near(1) !== page || near(-1) !== page;
}
