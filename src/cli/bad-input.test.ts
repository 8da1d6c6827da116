/**
 * The bad-input catalogue (docs/bad-input.md), row by row: each input is made here in a temporary folder, the
 * command runs in-process, and stderr must contain the row's message and the exit code be the row's.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { main } from './main.ts';
import { cell, makeDocx, makeDocxPart, makeFlatePdf, makeLzwBomb, makeXlsx, para } from '../../test/support/crafted.ts';
import { makeZip } from '../../test/support/zip.ts';
import { makePdf } from '../../test/support/pdf.ts';

interface Row {
  id: string;
  command: string;
  message: string;
  exit: number;
}

/** The catalogue's first table. */
function catalogue(): Row[] {
  const md = readFileSync('docs/bad-input.md', 'utf8');
  const table = md.slice(md.indexOf('| id |'), md.indexOf('\n\n', md.indexOf('| id |')));
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').map((c) => c.trim()))
    .map(([, id, , command, message, exit]) => ({ id, command: command.replace(/`/g, ''), message, exit: Number(exit) }));
}

let dir: string;
const at = (name: string) => join(dir, name);
const write = (name: string, data: string | Uint8Array) => {
  writeFileSync(at(name), data);
  return at(name);
};
const SAMPLE = JSON.parse(readFileSync('data/samples/sample-1-2024-budget.json', 'utf8'));
const model = (name: string, change: (m: typeof SAMPLE) => void) => {
  const m = structuredClone(SAMPLE);
  change(m);
  return write(name, JSON.stringify(m));
};
const template = () =>
  execFileSync(process.execPath, ['bin/yusuan.mjs', 'template', '--kind', 'budget', '--year', '2024'], { encoding: 'utf8' }).replace(
    'unit: ""   ',
    'unit: "测试局"',
  );
const LINE = '本单位按照预算管理要求认真组织实施各项工作并加强资金管理使用';
const CHINESE = '重庆市渝中区科学技术局部门预算情况说明。本单位主要职能是贯彻落实国家科技发展规划和方针政策，'.repeat(20);

/** How each row's input is made: the arguments of the command (after its name). */
const INPUTS: Record<string, () => Promise<string[]> | string[]> = {
  'xlsx-merge': () => [
    write(
      'merge.xlsx',
      makeXlsx(`<sheetData><row r="10">${cell('C10', '收入')}</row></sheetData><mergeCells count="1"><mergeCell ref="C10:XFD1048576"/></mergeCells>`),
    ),
  ],
  'xlsx-dimension': () => [
    write(
      'dim.xlsx',
      makeXlsx(`<sheetData><row r="1">${cell('A1', '2024年部门预算')}</row><row r="1048576">${cell('XFD1048576', 'x')}</row></sheetData>`, {
        dimension: 'A1:XFD1048576',
      }),
    ),
  ],
  'xlsx-xml': () => {
    const row = (r: number) => `<row r="${r}">${cell(`A${r}`, '一般公共服务支出')}${cell(`B${r}`, '447.01')}</row>`;
    const rows: string[] = [];
    let size = 0;
    for (let r = 1; size < 25.2 * 1048576; r++) size += Buffer.byteLength((rows[rows.length] = row(r)));
    return [write('rows.xlsx', makeXlsx(`<sheetData>${rows.join('')}</sheetData>`))];
  },
  'docx-xml': () => {
    const p = para(LINE + '，收入预算447.01万元。');
    return [write('big.docx', makeDocx(p.repeat(Math.ceil((9.2 * 1048576) / Buffer.byteLength(p)))))];
  },
  'pdf-flate': async () => [write('bomb.pdf', await makeFlatePdf(136))],
  'pdf-flate-pdfjs': async () => [write('bomb.pdf', await makeFlatePdf(136))],
  'pdf-lzw': () => [write('lzw-bomb.pdf', makeLzwBomb(136))],
  'pdf-lzw-pdfjs': () => [write('lzw-bomb.pdf', makeLzwBomb(136))],
  'dev-zero': () => {
    symlinkSync('/dev/zero', at('zero.txt'));
    return [at('zero.txt')];
  },
  fifo: () => {
    execFileSync('mkfifo', [at('fifo.txt')]);
    return [at('fifo.txt')];
  },
  'link-out': () => {
    mkdirSync(at('out'));
    write('outside.txt', '2024年部门预算');
    symlinkSync(at('outside.txt'), at('out/link.txt'));
    return [at('out'), '--db', at('out.db')];
  },
  'link-loop': () => {
    mkdirSync(at('loop/sub'), { recursive: true });
    symlinkSync(at('loop'), at('loop/sub/up'));
    symlinkSync('.', at('loop/here'));
    return [at('loop'), '--db', at('loop.db')];
  },
  'link-self': () => {
    symlinkSync(at('self.txt'), at('self.txt'));
    return [at('self.txt')];
  },
  'too-large': () => {
    closeSync(openSync(at('large.txt'), 'w'));
    truncateSync(at('large.txt'), 201 * 1048576);
    return [at('large.txt'), '--db', at('large.db')];
  },
  'text-bytes': () => [write('nine.txt', '2024年部门预算情况说明\n' + 'x'.repeat(5 * 1048576))],
  'text-chars': () => [write('chars.txt', '2024年部门预算情况说明\n' + `${LINE}\n`.repeat(Math.ceil(600_000 / LINE.length)))],
  'pdf-chars': () => {
    const runs = Array.from(
      { length: 40 },
      (_, i) => [72, 800 - i * 18, 10, `Line ${i}: income 447.01 expenditure 123.45 total ${i}.00`] as [number, number, number, string],
    );
    return [
      write(
        'long.pdf',
        makePdf(
          Array.from({ length: 1000 }, () => ({ runs })),
          { sharedContent: true },
        ),
      ),
    ];
  },
  'long-paragraph': () => [write('para.txt', '2024年部门预算情况说明\n' + `${LINE}\n`.repeat(Math.ceil(1048576 / Buffer.byteLength(LINE + '\n'))))],
  'long-line': () => [write('line.txt', '2024年部门预算情况说明\n' + LINE.repeat(Math.ceil(1048576 / Buffer.byteLength(LINE))))],
  'html-nesting': () => [
    write(
      'deep.html',
      `<html><body><h1>2024年部门预算</h1>${'<div><span>'.repeat(100_000)}收入预算447.01万元。${'</span></div>'.repeat(100_000)}${'<script>x</script>y'.repeat(100_000)}</body></html>`,
    ),
  ],
  'no-year': () => [write('english.txt', 'An annual report in English, without a single year in it.')],
  'one-byte': () => [write('one.txt', 'x')],
  'newline-name': () => [at('NAME with a\nnewline.txt')],
  'no-file-parse': () => [],
  'no-file-figures': () => [],
  'utf16-nobom': () => [
    write(
      'utf16.txt',
      Buffer.from(
        `2024年${CHINESE}`.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
        'utf16le',
      ),
    ),
  ],
  'gbk-bad-byte': () => {
    const gbk = iconv.encode(`2024年部门预算情况说明\n${CHINESE}\n`, 'gbk');
    return [write('gbk.txt', Buffer.concat([gbk.subarray(0, 40), Buffer.from([0x81, 0x0a]), gbk.subarray(40)]))];
  },
  'decimal-zeros': () => [model('zeros.json', (m) => (m.income.total.value = '1.' + '0'.repeat(1_000_000))), '-o', at('zeros.md')],
  'decimal-long': () => [model('long.json', (m) => (m.income.total.value = '1'.repeat(30))), '-o', at('long.md')],
  'decimal-10mb': () => [model('ten.json', (m) => (m.income.total.value = '1'.repeat(10 * 1048576))), '-o', at('ten.md')],
  'unit-10mb': () => [model('unit.json', (m) => (m.identity.unit = '局'.repeat(3_500_000))), '-o', at('unit.pdf')],
  'yaml-bomb': () => {
    const levels = 'abcdefghi'.split('');
    const yaml = levels
      .map(
        (l, i) =>
          `${l}: &${l} [${
            i
              ? Array(10)
                  .fill(`*${levels[i - 1]}`)
                  .join(',')
              : 'lol,lol,lol'
          }]`,
      )
      .join('\n');
    return [write('bomb.yaml', yaml), '-o', at('bomb.md')];
  },
  'deep-json': () => [write('deep.json', '['.repeat(200_000) + ']'.repeat(200_000)), '-o', at('deep.md')],
  'gbk-yaml': () => [write('gbk.yaml', iconv.encode(template(), 'gbk')), '--force', '-o', at('gbk.md')],
  'yaml-import': () => [write('model.yaml', template()), '--db', at('yaml.db')],
  'bad-model-import': () => [write('bad.json', '{"identity": 1}'), '--db', at('bad.db')],
  'xml-entities': () => {
    const laughs = 'abcdefgh'
      .split('')
      .map((l, i) => `<!ENTITY ${l} "${i ? `&${'abcdefgh'[i - 1]};`.repeat(10) : 'lol'.repeat(10)}">`)
      .join('');
    const dtd = `<!DOCTYPE w:document [${laughs}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>${dtd}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para('2024年部门预算 &h; &xxe;')}</w:body></w:document>`;
    return [write('entities.docx', makeDocxPart(xml))];
  },
  empty: () => [write('empty.txt', '')],
  binary: () => [write('random.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)))],
  directory: () => [dir],
  missing: () => [at('none.txt')],
  'zip-bomb': () => [write('bomb.docx', makeZip([{ name: 'word/document.xml', data: new TextEncoder().encode('<w/>'), declaredSize: 201 * 1048576 }]))],
  'zip-liar': () => [write('liar.xlsx', makeZip([{ name: 'xl/workbook.xml', data: new Uint8Array(3 * 1048576), declaredSize: 1000 }]))],
  'pdf-encrypted': () => [write('locked.pdf', makePdf([{ runs: [[72, 720, 12, 'Secret 2024']] }], { encrypt: true }))],
  'pdf-pages': () => [
    write(
      'pages.pdf',
      makePdf(
        Array.from({ length: 1001 }, () => ({ runs: [[72, 720, 12, 'Page']] as [number, number, number, string][] })),
        { sharedContent: true },
      ),
    ),
  ],
  'pdf-broken': () => [write('broken.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5000, 0x41)]))],
  mislabelled: () => [write('text.pdf', '2024年部门预算')],
  'wrong-type-model': () => [write('wrong.json', '{"schema": "yusuan/disclosure@1", "identity": 7}'), '-o', at('wrong.md')],
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-bad-input-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const rows = catalogue();

test('every row of docs/bad-input.md has an input here, and every input a row', () => {
  assert.deepEqual(rows.map((r) => r.id).sort(), Object.keys(INPUTS).sort());
  for (const r of rows) assert.ok(Number.isInteger(r.exit) && r.command, `row ${r.id}`);
});

for (const row of rows) {
  test(`${row.id}: yusuan ${row.command} → ${row.message || 'no message'} (exit ${row.exit})`, async () => {
    const make = INPUTS[row.id];
    assert.ok(make, `no input for ${row.id}`);
    const args = await make();
    const out: string[] = [];
    const err: string[] = [];
    const started = Date.now();
    // a row whose id ends in -pdfjs reads its PDF with pdf.js, the fallback engine (YUSUAN_PDF_ENGINE=pdfjs)
    if (row.id.endsWith('-pdfjs')) process.env.YUSUAN_PDF_ENGINE = 'pdfjs';
    const code = await main([row.command, ...args], { out: (s) => out.push(s), err: (s) => err.push(s) }).finally(() => delete process.env.YUSUAN_PDF_ENGINE);
    const seconds = (Date.now() - started) / 1000;
    const stderr = err.join('\n');
    assert.equal(code, row.exit, stderr);
    if (row.message) assert.ok(stderr.includes(row.message), `stderr: ${stderr.slice(0, 400)}`);
    else if (row.command !== 'import') assert.equal(stderr, '');
    // one line per failure (usage errors add the usage line), never a stack trace or a schema dump
    assert.doesNotMatch(stderr, /\n\s+at |"code":|unexpected error|internal error/);
    for (const line of err)
      if (!line.startsWith('usage:')) assert.ok(!line.includes('\n') || line.startsWith('yusuan parse') || line.startsWith('yusuan figures'), line);
    assert.ok(seconds < 60, `took ${seconds} s`);
  });
}

test('yaml-import: the YAML model is stored as a model (its narrative generated), not as a plain-text document', async () => {
  const { Store } = await import('../store/store.ts');
  const store = await Store.open(at('yaml.db'));
  try {
    const sources = await store.db.selectFrom('version_sources').select(['format', 'file_name']).execute();
    assert.deepEqual(sources, [{ format: 'model', file_name: 'model.yaml' }]);
  } finally {
    await store.close();
  }
});
