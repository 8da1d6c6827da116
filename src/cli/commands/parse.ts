import type { Command } from '../command.ts';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'read and extract a disclosure; print the model as JSON',
  usage: 'yusuan parse FILE… [--as-one] [--json]',
  options: { 'as-one': { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const { loadDisclosures } = await import('../load.ts');
    const { results: models, failed } = await loadDisclosures(positionals, Boolean(values['as-one']), io, (l) => l.disclosure);
    // JSON is the only output format; --json is accepted for symmetry with `figures`.
    if (models.length) io.out(JSON.stringify(models.length === 1 ? models[0] : models, null, 2));
    return failed ? 2 : 0;
  },
};
