import { UsageError, type Command } from '../command.ts';

const USAGE = [
  'yusuan ledger import FILE.csv|FILE.xlsx [--db …]',
  '       yusuan ledger export [--region REGION] [--year YYYY] [--kind budget|final] [--db …]',
  '  The roster has the columns 单位, 地区, 年度, 类型 (预算|决算), 批复日期; the deadline is the approval date + 20 days.',
].join('\n');

export const ledgerCommand: Command = {
  name: 'ledger',
  summary: 'the publication ledger: import the roster of approval dates, export who published on time (CSV)',
  usage: USAGE,
  options: { db: { type: 'string' }, region: { type: 'string' }, year: { type: 'string' }, kind: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [action, file, ...extra] = positionals;
    if (action !== 'import' && action !== 'export') throw new UsageError(`give import or export\nusage: ${USAGE}`);
    if (action === 'import' && !file) throw new UsageError(`give the roster FILE\nusage: ${USAGE}`);
    if (extra.length || (action === 'export' && file)) throw new UsageError(`unexpected ${[file, ...extra].filter(Boolean).join(' ')}\nusage: ${USAGE}`);
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) throw new UsageError(`--year must be a year between 1990 and 2100`);
    if (values.kind !== undefined && values.kind !== 'budget' && values.kind !== 'final') throw new UsageError('--kind must be budget or final');
    const { openStore } = await import('../open-store.ts');
    if (action === 'export') {
      const { ledger } = await import('../../store/ledger.ts');
      const { ledgerCsv } = await import('../../serve/ledger.ts');
      const store = await openStore(values.db);
      try {
        process.stdout.write(ledgerCsv(await ledger(store.db, { region: values.region as string | undefined, year, kind: values.kind as string | undefined })));
        return 0;
      } finally {
        await store.close();
      }
    }
    const { readRoster } = await import('../roster-file.ts');
    const roster = await readRoster(file!, io);
    if (!roster) return 2;
    const { importRoster } = await import('../../store/ledger.ts');
    const { userInfo } = await import('node:os');
    const store = await openStore(values.db);
    try {
      const r = await importRoster(store.db, roster.rows, { login: `cli:${userInfo().username}` });
      io.out(`${roster.rows.length} roster line(s): ${r.added} added, ${r.updated} updated; ${roster.problems.length} refused`);
      return roster.problems.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
