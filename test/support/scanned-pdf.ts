/**
 * Test support: a "scanned" PDF made from a text PDF — pages rasterised by pdftoppm to JPEG and wrapped, one
 * image per page, in a minimal PDF written here (no text layer at all).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Width and height of a baseline or progressive JPEG, from its SOF marker. */
export function jpegSize(b: Uint8Array): { width: number; height: number; components: number } {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) throw new Error('not a JPEG');
    const marker = b[i + 1];
    const len = (b[i + 2] << 8) | b[i + 3];
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: (b[i + 5] << 8) | b[i + 6], width: (b[i + 7] << 8) | b[i + 8], components: b[i + 9] };
    }
    i += 2 + len;
  }
  throw new Error('JPEG without a frame header');
}

/**
 * A PDF with one JPEG (greyscale, RGB or CMYK) filling each page, at the given resolution; `footers` puts a
 * line of real text (Helvetica) at the foot of a page, as scanning software stamps page numbers.
 */
export function pdfFromJpegs(jpegs: Uint8Array[], dpi: number, footers: (string | undefined)[] = []): Uint8Array {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  const obj = (n: number, body: (Buffer | string)[]) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    body.forEach(push);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const n = jpegs.length;
  const kids = jpegs.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  obj(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  obj(2, [`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`]);
  jpegs.forEach((jpg, i) => {
    const { width, height, components } = jpegSize(jpg);
    const space = components === 1 ? 'DeviceGray' : components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
    const w = (width * 72) / dpi;
    const h = (height * 72) / dpi;
    const [page, content, image] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const footer = footers[i] ? ` BT /F1 9 Tf ${(w / 2).toFixed(2)} 20 Td (${footers[i]}) Tj ET` : '';
    const draw = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q${footer}`;
    const font = footer ? ' /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>' : '';
    obj(page, [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${image} 0 R >>${font} >> /Contents ${content} 0 R >>`,
    ]);
    obj(content, [`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`]);
    obj(image, [
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpg.length} >>\nstream\n`,
      Buffer.from(jpg),
      '\nendstream',
    ]);
  });
  const xref = length;
  const count = 3 + n * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let k = 1; k < count; k++) push(`${String(offsets[k]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

/** Rasterise pages first..last of a PDF file (pdftoppm, greyscale JPEG) and rebuild them as an image-only PDF. */
export function scanPdf(file: string, first: number, last: number, dpi = 200): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yusuan-scan-'));
  try {
    execFileSync('pdftoppm', ['-jpeg', '-gray', '-r', String(dpi), '-f', String(first), '-l', String(last), file, path.join(dir, 'p')]);
    const jpegs = readdirSync(dir)
      .filter((f) => f.endsWith('.jpg'))
      .sort()
      .map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
    return pdfFromJpegs(jpegs, dpi);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
