import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { readDocument, ReadError } from './index.ts';

const cell = (text: string, opts: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], ...opts });

async function sample(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '2025年部门预算编制说明', heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
          new Paragraph({
            children: [new TextRun('2025年收入预算37,151.47万元，其中：财政拨款收入'), new TextRun({ text: '37,151.47万元', bold: true }), new TextRun('。')],
          }),
          new Paragraph({ text: '2025年部门支出预算总表' }),
          new Table({
            rows: [
              new TableRow({
                children: [cell('功能分类科目编码', { columnSpan: 2 }), cell('科目名称', { verticalMerge: VerticalMergeType.RESTART }), cell('合计')],
              }),
              new TableRow({ children: [cell('类'), cell('款'), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('万元')] }),
              new TableRow({ children: [cell('201'), cell(''), cell('一般公共服务支出'), cell('2,160.17')] }),
              new TableRow({ children: [cell('201'), cell('13'), cell('商贸事务'), cell('2,160.17')] }),
            ],
          }),
          new Paragraph({ text: '注：本表无政府性基金预算。' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

test('a DOCX reads back as paragraphs and a table with merged cells repeated', async () => {
  const d = await readDocument('sample.docx', await sample());
  assert.equal(d.format, 'docx');
  const texts = d.lines.map((l) => l.text);
  assert.equal(texts[0], '2025年部门预算编制说明');
  assert.equal(texts[1], '2025年收入预算37,151.47万元，其中：财政拨款收入37,151.47万元。');
  assert.ok(texts.includes('注：本表无政府性基金预算。'));
  assert.equal(d.tables.length, 1);
  const t = d.tables[0];
  assert.deepEqual(t.rows, [
    ['功能分类科目编码', '功能分类科目编码', '科目名称', '合计'],
    ['类', '款', '科目名称', '万元'],
    ['201', '', '一般公共服务支出', '2,160.17'],
    ['201', '13', '商贸事务', '2,160.17'],
  ]);
  assert.equal(t.caption, '2025年部门支出预算总表');
  assert.equal(d.lines[t.afterLine - 1].text, '2025年部门支出预算总表');
  // the table's rows are also lines, so sentences in cells are found by the text parsers
  assert.ok(texts.includes('201\t13\t商贸事务\t2,160.17'));
});

test('a broken DOCX is a ReadError, not a crash', async () => {
  const bytes = await sample();
  await assert.rejects(readDocument('cut.docx', bytes.subarray(0, bytes.length >> 1)), ReadError);
  const garbage = new Uint8Array(bytes);
  garbage.fill(7, 200, 2000);
  await assert.rejects(readDocument('garbage.docx', garbage), ReadError);
});
