/**
 * Test support: hostile inputs made on the fly (nothing big is committed): minimal XLSX and DOCX packages around
 * given XML, a PDF whose one Flate or LZW stream expands to many megabytes, and files of any size in a temporary folder.
 */
import { createDeflate } from 'node:zlib';
import { makeZip } from './zip.ts';

const text = (s: string) => new TextEncoder().encode(s);

/** An XLSX with one sheet whose <sheetData> (and anything after it, e.g. <mergeCells>) is given. */
export function makeXlsx(sheetBody: string, opts: { dimension?: string } = {}): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: text(`<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}>${opts.dimension ? `<dimension ref="${opts.dimension}"/>` : ''}${sheetBody}</worksheet>`,
      ),
    },
  ]);
}

/** An inline-string cell. */
export const cell = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;

/** A DOCX whose <w:body> holds the given XML. */
export const makeDocx = (body: string) =>
  makeDocxPart(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );

/** A DOCX whose word/document.xml is the given text (a DTD may come before the root). */
export function makeDocxPart(documentXml: string): Uint8Array {
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    { name: 'word/document.xml', data: text(documentXml) },
  ]);
}

/** A DOCX paragraph. */
export const para = (s: string) => `<w:p><w:r><w:t>${s}</w:t></w:r></w:p>`;

/** A one-page PDF whose content stream is `mb` megabytes of spaces, Flate-compressed (about 1 KB per MB). */
export async function makeFlatePdf(mb: number, text = '2024 budget'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const z = createDeflate({ level: 9 });
  z.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => z.on('end', r));
  z.write(Buffer.from(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET\n`, 'latin1'));
  const block = Buffer.alloc(1 << 20, 0x20);
  for (let i = 0; i < mb; i++) if (!z.write(block)) await new Promise((r) => z.once('drain', r));
  z.end();
  await done;
  return pdfWithContent(Buffer.concat(chunks), '/FlateDecode');
}

/** A one-page PDF whose content stream is `data`, encoded with `filter`. */
function pdfWithContent(data: Buffer, filter: string): Uint8Array {
  const head = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    `4 0 obj << /Length ${data.length} /Filter ${filter} >>`,
    'stream',
    '',
  ].join('\n');
  return new Uint8Array(Buffer.concat([Buffer.from(head, 'latin1'), data, Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')]));
}

/** LZW codes (EarlyChange 1, 9 to 12 bits) packed MSB first, as PDF's LZWDecode reads them. */
class LzwWriter {
  private bytes: number[] = [];
  private buffer = 0;
  private bits = 0;
  next = 258;
  width = 9;
  code(c: number, adds: boolean): void {
    this.buffer = (this.buffer << this.width) | c;
    this.bits += this.width;
    while (this.bits >= 8) {
      this.bits -= 8;
      this.bytes.push((this.buffer >>> this.bits) & 0xff);
    }
    this.buffer &= (1 << this.bits) - 1;
    if (c === 256) [this.next, this.width] = [258, 9];
    else if (adds && this.next < 4096) {
      this.next++;
      if (this.next + 1 >= 1 << this.width && this.width < 12) this.width++;
    }
  }
  end(): Buffer {
    this.code(257, false);
    if (this.bits) this.bytes.push((this.buffer << (8 - this.bits)) & 0xff);
    return Buffer.from(this.bytes);
  }
}

/** A PDF whose one content stream is LZW-encoded (a textbook encoder: small inputs only). */
export function makeLzwPdf(text = '2024 budget'): Uint8Array {
  const input = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET\n`;
  const w = new LzwWriter();
  const dict = new Map<string, number>();
  const codeOf = (s: string) => (s.length === 1 ? s.charCodeAt(0) : dict.get(s)!);
  let next = 258;
  let cur = input[0];
  let first = true;
  for (const ch of input.slice(1)) {
    if (dict.has(cur + ch)) {
      cur += ch;
      continue;
    }
    // the decoder makes an entry on every code but the first, one code after the encoder does
    w.code(codeOf(cur), !first);
    first = false;
    if (next < 4096) dict.set(cur + ch, next++);
    cur = ch;
  }
  w.code(codeOf(cur), !first);
  return pdfWithContent(w.end(), '/LZWDecode');
}

/**
 * A PDF whose LZW stream decodes to at most `mb` MB (at least one table's worth, 7.4 MB) of one byte, from a few
 * hundred KB: each code names the entry being made (one byte longer than the last), the table cleared when full.
 */
export function makeLzwBomb(mb: number): Uint8Array {
  const perTable = 1 + ((4094 - 258) * (2 + 4094 - 257)) / 2;
  const w = new LzwWriter();
  for (let t = Math.max(1, Math.floor((mb * 1048576) / perTable)); t > 0; t--) {
    w.code(0x20, false);
    for (let c = 258; c < 4094; c++) w.code(c, true);
    w.code(256, false);
  }
  return pdfWithContent(w.end(), '/LZWDecode');
}
