/** Test support: tiny hand-written PDFs (Helvetica text, many pages, rotation, a fake password). */

export interface PdfPageSpec {
  /** text runs: [x, y, size, text, up?] in PDF points (y up); ASCII only; `up` draws the run rotated 90° (upwards) */
  runs: [number, number, number, string, boolean?][];
  rotate?: number;
  width?: number;
  height?: number;
}

const esc = (s: string) => s.replace(/[\\()]/g, (c) => '\\' + c);

/** A PDF with the given pages; `encrypt` adds a Standard security handler whose password nobody knows. */
export function makePdf(pages: PdfPageSpec[], opts: { encrypt?: boolean; sharedContent?: boolean } = {}): Uint8Array {
  const objs: string[] = [];
  const add = (body: string) => objs.push(body) - 1 + 1;
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  let shared = 0;
  for (const p of pages) {
    let content: number;
    if (opts.sharedContent && shared) content = shared;
    else {
      const ops = p.runs.map(([x, y, size, text, up]) => `BT /F1 ${size} Tf ${up ? `0 1 -1 0 ${x} ${y} Tm` : `${x} ${y} Td`} (${esc(text)}) Tj ET`).join('\n');
      content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
      shared = content;
    }
    const rot = p.rotate ? ` /Rotate ${p.rotate}` : '';
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}]${rot} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (opts.encrypt) {
    const hex = (n: number) => Array.from({ length: n }, (_, i) => ((i * 37 + 11) & 0xff).toString(16).padStart(2, '0')).join('');
    const enc = add(`<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32).split('').reverse().join('')}> /P -44 >>`);
    encrypt = ` /Encrypt ${enc} 0 R /ID [<${hex(16)}> <${hex(16)}>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
