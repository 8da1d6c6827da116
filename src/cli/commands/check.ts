import { UsageError, type Command } from '../command.ts';
import type { Checked, Format } from '../../check/formatters.ts';

const FORMATS: Format[] = ['text', 'json', 'html']; // the keys of FORMATTERS, loaded with the checker

export const checkCommand: Command = {
  name: 'check',
  summary: 'check disclosures against the rules (text like a linter, JSON, or a printable HTML report)',
  usage: 'yusuan check FILE… [--as-one] [--format text|json|html]',
  options: { 'as-one': { type: 'boolean' }, format: { type: 'string', default: 'text' } },
  async run({ values, positionals }, io) {
    const format = String(values.format) as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (text, json or html)`);
    if (!positionals.length) throw new UsageError('no input file\nusage: yusuan check FILE… [--as-one] [--format text|json|html]');
    const { loadDisclosures } = await import('../load.ts');
    // the checker's code loads while the first files are read
    const checker = Promise.all([import('../../check/index.ts'), import('../../check/formatters.ts')]);
    const { results, failed } = await loadDisclosures(positionals, Boolean(values['as-one']), io, async (l): Promise<Checked> => {
      const [{ checkDisclosure }, { reportTitle }] = await checker;
      return { file: l.file, title: reportTitle(l.disclosure), findings: checkDisclosure(l.disclosure, l.docs) };
    });
    const { FORMATTERS } = (await checker)[1];
    if (results.length || format === 'json') io.out(FORMATTERS[format](results));
    if (failed) return 2;
    return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  },
};
