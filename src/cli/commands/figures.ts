import type { Command } from '../command.ts';

export const figuresCommand: Command = {
  name: 'figures',
  summary: 'print the key figures (key<TAB>value, or one flat JSON object)',
  usage: 'yusuan figures FILE… [--as-one] [--json]',
  options: { 'as-one': { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const { loadDisclosures } = await import('../load.ts');
    const { flattenFigures, TEXT_KEYS } = await import('../../model/index.ts');
    const { results: all, failed } = await loadDisclosures(positionals, Boolean(values['as-one']), io, (l) => ({
      file: l.file,
      figures: flattenFigures(l.disclosure),
    }));
    if (values.json) {
      const asJson = all.map(({ figures }) => Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, TEXT_KEYS.has(k) ? v : Number(v)])));
      if (asJson.length) io.out(JSON.stringify(asJson.length === 1 ? asJson[0] : asJson, null, 2));
    } else {
      for (const { file, figures } of all) {
        if (all.length > 1) io.out(`# ${file}`);
        for (const [k, v] of Object.entries(figures)) io.out(`${k}\t${v}`);
      }
    }
    return failed ? 2 : 0;
  },
};
