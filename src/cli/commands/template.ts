import { UsageError, type Command } from '../command.ts';

export const templateCommand: Command = {
  name: 'template',
  summary: 'print an empty model (YAML with comments) for a department to fill in',
  usage: 'yusuan template --kind budget|final --year YYYY',
  options: { kind: { type: 'string' }, year: { type: 'string' } },
  async run({ values }, io) {
    const kind = (values.kind as string | undefined) ?? 'budget';
    if (kind !== 'budget' && kind !== 'final') throw new UsageError(`--kind must be budget or final\nusage: ${this.usage}`);
    const yearText = (values.year as string | undefined) ?? String(new Date().getFullYear());
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) throw new UsageError(`--year must be a year such as 2025\nusage: ${this.usage}`);
    const { templateModel } = await import('../../write/template.ts');
    io.out(templateModel(kind, year).replace(/\n$/, ''));
    return 0;
  },
};
