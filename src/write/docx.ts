/**
 * DOCX (docx@9) laid out as a Chinese official document (GB/T 9704): A4, margins 37/35/28/26 mm, title in
 * 方正小标宋简体 22pt, body 仿宋_GB2312 16pt on a 28.9pt line pitch with a two-character first-line indent,
 * first-level headings 黑体, second-level 楷体_GB2312, page numbers “— 1 —” at the foot, table header rows
 * repeated on every page. Fonts are named, not embedded: Word substitutes where they are missing.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { headerGrid, type HeaderCell, type WrittenDoc, type WrittenTable } from './doc.ts';
import { cellText } from './cells.ts';

const mm = (x: number) => Math.round((x * 1440) / 25.4);
const FONT = { title: '方正小标宋简体', body: '仿宋_GB2312', h1: '黑体', h2: '楷体_GB2312', table: '宋体', latin: 'Times New Roman' };
const PITCH = 578; // 28.9pt in twips
const font = (eastAsia: string) => ({ ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, cs: FONT.latin });

function run(text: string, face: string, size: number, opts: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(face), size: size * 2, language: { eastAsia: 'zh-CN' }, ...opts } as IRunOptions);
}

function bodyPara(text: string, lead?: string): Paragraph {
  const children = lead && text.startsWith(lead) ? [run(lead, FONT.h2, 16), run(text.slice(lead.length), FONT.body, 16)] : [run(text, FONT.body, 16)];
  return new Paragraph({ children, indent: { firstLine: 640 }, spacing: { line: PITCH, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cellPara(text: string, align: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false, size = 10.5): Paragraph {
  return new Paragraph({
    alignment: align,
    spacing: { line: 300, lineRule: LineRuleType.AT_LEAST },
    children: [run(text, bold ? FONT.h1 : FONT.table, size, { bold: false })],
  });
}

function headCell(c: HeaderCell, size: number): TableCell {
  return new TableCell({
    children: [cellPara(c.text, AlignmentType.CENTER, true, size)],
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    borders,
  });
}

function tableDocx(t: WrittenTable): (Paragraph | Table)[] {
  const width = t.labels.length + t.columns.length + (t.twoSided ? t.twoSided.rightLabels.length + t.twoSided.rightColumns.length : 0);
  const size = width > 7 ? 8 : 10.5;
  const rows: TableRow[] = [];
  if (t.twoSided) {
    const ts = t.twoSided;
    rows.push(
      new TableRow({
        tableHeader: true,
        children: [
          headCell({ text: ts.left, colSpan: t.labels.length + t.columns.length, rowSpan: 1 }, size),
          headCell({ text: ts.right, colSpan: ts.rightLabels.length + ts.rightColumns.length, rowSpan: 1 }, size),
        ],
      }),
    );
    const left = headerGrid(t.labels, t.columns);
    const right = headerGrid(ts.rightLabels, ts.rightColumns);
    const depth = Math.max(left.length, right.length);
    for (let i = 0; i < depth; i++) {
      const cells = [
        ...(left[i] ?? []).map((c) => ({ ...c, rowSpan: i === 0 && c.rowSpan === left.length ? depth : c.rowSpan })),
        ...(right[i] ?? []).map((c) => ({ ...c, rowSpan: i === 0 && c.rowSpan === right.length ? depth : c.rowSpan })),
      ];
      if (cells.length) rows.push(new TableRow({ tableHeader: true, children: cells.map((c) => headCell(c, size)) }));
    }
  } else {
    for (const r of headerGrid(t.labels, t.columns)) rows.push(new TableRow({ tableHeader: true, children: r.map((c) => headCell(c, size)) }));
  }
  const num = (v: string | null) =>
    new TableCell({ children: [cellPara(v === null ? '' : cellText(v), AlignmentType.RIGHT, false, size)], verticalAlign: VerticalAlign.CENTER, borders });
  const text = (s: string, bold = false) =>
    new TableCell({ children: [cellPara(s, AlignmentType.LEFT, bold, size)], verticalAlign: VerticalAlign.CENTER, borders });
  for (const r of t.rows) {
    const total = r.level === 'total';
    const labels = t.twoSided || t.labels.length === 1 ? [text(r.name, total)] : t.labels.length === 2 ? [text(r.code ?? ''), text(r.name, total)] : [];
    const right = t.twoSided ? [text(r.right?.name ?? '', total), ...(r.right?.values ?? t.twoSided.rightColumns.map(() => null)).map(num)] : [];
    rows.push(new TableRow({ cantSplit: true, children: [...labels, ...r.values.map(num), ...right] }));
  }
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, line: 400, lineRule: LineRuleType.AT_LEAST },
      children: [run(`${t.number ? `${t.number}　` : ''}${t.title}`, FONT.h1, 14)],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, children: [run(`单位：${t.unit}`, FONT.table, 10.5)] }),
    new Table({ rows, width: { size: mm(156), type: WidthType.DXA }, columnWidths: columnWidths(t) }),
  ];
  if (t.emptyNote) out.push(new Paragraph({ spacing: { before: 80 }, children: [run(t.emptyNote, FONT.table, 10.5)] }));
  return out;
}

/** Column widths in twips over the 156 mm text width: label columns wide, amounts sharing the rest. */
function columnWidths(t: WrittenTable): number[] {
  const total = mm(156);
  const kinds: ('code' | 'name' | 'num')[] = [];
  const labels = (n: number) => (n === 2 ? ['code', 'name'] : n === 1 ? ['name'] : []) as ('code' | 'name')[];
  if (t.twoSided) kinds.push('name', ...t.columns.map(() => 'num' as const), 'name', ...t.twoSided.rightColumns.map(() => 'num' as const));
  else kinds.push(...labels(t.labels.length), ...t.columns.map(() => 'num' as const));
  const share = { code: 0.1, name: t.twoSided ? 0.24 : 0.28 };
  const fixed = kinds.reduce((a, k) => a + (k === 'num' ? 0 : share[k]), 0);
  const nums = kinds.filter((k) => k === 'num').length;
  const per = nums ? (1 - fixed) / nums : 0;
  const widths = kinds.map((k) => Math.round(total * (k === 'num' ? per : share[k] / (nums ? 1 : fixed))));
  return widths;
}

export async function renderDocx(doc: WrittenDoc): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const line of doc.title) {
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT }, children: [run(line, FONT.title, 22)] }),
    );
  }
  children.push(new Paragraph({ spacing: { line: PITCH, lineRule: LineRuleType.EXACT }, children: [] }));
  for (const b of doc.blocks) {
    switch (b.t) {
      case 'heading': {
        const part = b.level === 1 && doc.kind === 'final';
        const face = b.level === 1 ? FONT.h1 : b.level === 2 && doc.kind === 'budget' ? FONT.h2 : b.level === 2 ? FONT.h1 : FONT.h2;
        children.push(
          new Paragraph({
            keepNext: true,
            alignment: part ? AlignmentType.CENTER : AlignmentType.LEFT,
            indent: part ? undefined : { firstLine: 640 },
            spacing: { line: PITCH, lineRule: LineRuleType.EXACT, before: part ? 240 : 0, after: part ? 240 : 0 },
            children: [run(b.text, face, 16)],
          }),
        );
        break;
      }
      case 'para':
        children.push(
          b.align === 'right'
            ? new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { line: PITCH, lineRule: LineRuleType.EXACT }, children: [run(b.text, FONT.body, 16)] })
            : bodyPara(b.text, b.lead),
        );
        break;
      case 'table':
        children.push(...tableDocx(b.table));
        break;
      case 'pagebreak':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'chart':
        break;
    }
  }
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run('— ', FONT.table, 14), new TextRun({ children: [PageNumber.CURRENT], font: font(FONT.table), size: 28 }), run(' —', FONT.table, 14)],
      }),
    ],
  });
  const document = new Document({
    creator: 'yusuan',
    title: doc.title.join(''),
    styles: { default: { document: { run: { font: font(FONT.body), size: 32, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(23), header: mm(15) },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
