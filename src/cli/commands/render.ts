import { writeFile } from 'node:fs/promises';
import { UsageError, type Command } from '../command.ts';
import type { Disclosure, Finding } from '../../model/index.ts';

import { FORMATS, isFormat } from '../../write/formats.ts';

/** The error-level findings of the checker (loaded when render runs, not at start-up). */
async function errorFindings(d: Disclosure): Promise<Finding[]> {
  const { checkDisclosure } = await import('../../check/index.ts');
  return checkDisclosure(d).filter((f) => f.severity === 'error');
}

export const renderCommand: Command = {
  name: 'render',
  summary: 'write a disclosure (narrative and standard tables) from a model as md, html, docx, xlsx or pdf',
  usage: `yusuan render MODEL --format ${FORMATS.join('|')} -o OUT [--force] [--no-tables]`,
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'no-tables': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new UsageError(`give exactly one MODEL file\nusage: ${this.usage}`);
    const out = values.output as string | undefined;
    const ext = out && /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
    const format = (values.format as string | undefined) ?? (ext === 'markdown' ? 'md' : ext);
    if (!format || !isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}\nusage: ${this.usage}`);
    if (!out) throw new UsageError(`-o OUT is required\nusage: ${this.usage}`);

    const { loadModel } = await import('../load.ts');
    const { failureLine } = await import('../../read/failure.ts');
    let d: Disclosure;
    try {
      d = await loadModel(file);
    } catch (e) {
      io.err(failureLine(file, e));
      return 2;
    }

    const errors = await errorFindings(d);
    if (errors.length && !values.force) {
      io.err(`yusuan render: ${file}: refused: ${errors.length} error finding(s) (use --force to render anyway)`);
      for (const f of errors) io.err(`  ${f.rule}: ${f.message}${f.path ? ` [${f.path}]` : ''}`);
      return 1;
    } else if (errors.length) io.err(`yusuan render: ${file}: ${errors.length} error finding(s) ignored (--force)`);

    const { render, closeRenderer } = await import('../../write/index.ts');
    let bytes: Uint8Array;
    try {
      bytes = await render(d, format, { tables: !values['no-tables'] });
    } catch (e) {
      // the PDF needs Chromium: a missing or broken browser is a problem of this machine, said in one line
      if (format !== 'pdf') throw e;
      io.err(`yusuan render: cannot print the PDF: ${((e as Error).message ?? String(e)).split('\n')[0]}`);
      return 2;
    } finally {
      if (format === 'pdf') await closeRenderer();
    }
    try {
      await writeFile(out, bytes);
    } catch (e) {
      io.err(`yusuan: ${out}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return 2;
    }
    return 0;
  },
};
