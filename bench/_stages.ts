import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = '/work/shared/corpus/text';
const files = [
  '/work/shared/seed/000_5eccc108b9c624cd.txt',
  ...readdirSync(dir)
    .filter((f) => /^\d{3}\.txt$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
];
async function load(root: string) {
  const m = async (p: string) => import(join(root, 'src', p));
  return {
    read: await m('read/index.ts'),
    id: await m('extract/identity.ts'),
    flow: await m('extract/flow.ts'),
    st: await m('extract/statements.ts'),
    tb: await m('extract/tables/index.ts'),
    ex: await m('extract/index.ts'),
  };
}
const roots = { now: await load('/work/main'), base: await load('/work/wt-base') };
const bytes = files.map((f) => readFileSync(f));
const stages = ['read', 'identity', 'paragraphs', 'statements', 'tables', 'extract'] as const;
const acc: Record<string, Record<string, number[]>> = { now: {}, base: {} };
for (const k of Object.keys(acc)) for (const s of stages) acc[k][s] = [];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let i = 0; i < files.length; i++) {
  const t: Record<string, Record<string, number[]>> = { now: {}, base: {} };
  for (const k of Object.keys(t)) for (const s of stages) t[k][s] = [];
  for (let r = 0; r < 12; r++)
    for (const [k, R] of Object.entries(roots)) {
      let t0 = cpu();
      const doc = await R.read.readDocument(files[i], bytes[i]);
      t[k].read.push(cpu() - t0);
      t0 = cpu();
      const identity = R.id.extractIdentity([doc]);
      t[k].identity.push(cpu() - t0);
      t0 = cpu();
      const ps = R.flow.paragraphsOf(doc);
      t[k].paragraphs.push(cpu() - t0);
      t0 = cpu();
      ps.forEach((p: unknown, j: number) => R.st.statementsOf(p, j, { kind: identity.kind, year: identity.year }));
      t[k].statements.push(cpu() - t0);
      t0 = cpu();
      R.tb.extractTables(doc);
      t[k].tables.push(cpu() - t0);
      t0 = cpu();
      R.ex.extract([doc]);
      t[k].extract.push(cpu() - t0);
    }
  for (const k of Object.keys(t)) for (const s of stages) acc[k][s].push(med(t[k][s].slice(2)));
}
for (const s of stages) {
  const sum = (k: string) => acc[k][s].reduce((a, b) => a + b, 0);
  console.log(
    s.padEnd(11),
    'sum now',
    sum('now').toFixed(1),
    'base',
    sum('base').toFixed(1),
    'ratio',
    (sum('now') / sum('base')).toFixed(2),
    ' median-doc',
    (med(acc.now[s]) / med(acc.base[s])).toFixed(2),
  );
}
const rows = files.map(
  (f, i) =>
    [
      f.split('/').pop(),
      acc.now.extract[i],
      acc.base.extract[i],
      acc.now.statements[i],
      acc.base.statements[i],
      acc.now.identity[i],
      acc.base.identity[i],
      acc.now.tables[i],
      acc.base.tables[i],
    ] as const,
);
for (const r of rows.sort((a, b) => (a[1] as number) - (b[1] as number))) console.log(r.map((x) => (typeof x === 'number' ? x.toFixed(2) : x)).join('\t'));
