import type { Command } from '../command.ts';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'the rules catalogue: id, severity, kinds, basis, docs',
  usage: 'yusuan rules [--json]',
  options: { json: { type: 'boolean' } },
  async run({ values }, io) {
    const { RULE_METAS } = await import('../../check/index.ts');
    if (values.json) {
      io.out(JSON.stringify(RULE_METAS, null, 2));
      return 0;
    }
    const width = Math.max(...RULE_METAS.map((m) => m.id.length));
    for (const m of RULE_METAS) {
      io.out(`${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.kinds.join(',').padEnd(12)}  ${m.docs}`);
      io.out(`${' '.repeat(width)}  依据：${m.basis}`);
    }
    io.out(`\n${RULE_METAS.length} rules`);
    return 0;
  },
};
