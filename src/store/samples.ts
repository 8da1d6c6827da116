/**
 * The sample data that ships in data/samples/: the seed document's figures as a model, and clearly marked sample
 * departments (示例单位) over several years whose figures are generated from the seed's proportions. Only data and
 * figures; no document text. `npx tsx src/store/make-samples.ts` rewrites the files; an empty database is seeded
 * from them on `yusuan serve`.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNT_KEYS, figurePath, isFigureKey, fromScaled, type Disclosure, type DisclosureInput, type FigureInput } from '../model/index.ts';
import { DisclosureSchema } from '../model/schemas.ts';
import { codesNamed } from '../reference/codes.ts';

/** data/samples/ of the installed package (independent of the working directory). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../data/samples/', import.meta.url));
export const SAMPLE_MARK = '（示例单位）';

/** The function-class code of a class name, from the classification tables. */
const classCode = (name: string) => codesNamed(name, '类')[0]?.code;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** A model from flat figure keys (key → decimal string), e.g. a figures.tsv. */
export function modelFromFigures(flat: Record<string, string>, extra: Partial<DisclosureInput['identity']> = {}): Disclosure {
  const m: Obj = {
    identity: { kind: flat['doc.kind'], year: Number(flat['doc.year']), unit: flat['doc.unit'], ...extra },
    expenditure: { byFunction: [] as Obj[] },
  };
  const figureAt = (key: string): FigureInput | undefined => {
    const fn = /^expenditure\.function\.(.+)$/.exec(key);
    if (fn) {
      let c = m.expenditure.byFunction.find((x: Obj) => x.name === fn[1]);
      if (!c) m.expenditure.byFunction.push((c = { name: fn[1], code: classCode(fn[1]), level: '类', figure: {} }));
      return c.figure;
    }
    const path = figurePath(key);
    if (!path) return undefined;
    let o = m;
    for (const p of path.slice(0, -1)) o = o[p] ??= {};
    return (o[path[path.length - 1]] ??= { origin: 'data', unit: isFigureKey(key) && COUNT_KEYS.has(key) ? '辆' : '万元' });
  };
  for (const [key, value] of Object.entries(flat)) {
    if (key.startsWith('doc.')) continue;
    const suffix = /\.(prev|change|budget)$/.exec(key)?.[1] as 'prev' | 'change' | 'budget' | undefined;
    const base = suffix ? key.slice(0, -suffix.length - 1) : key;
    const f = figureAt(base);
    if (!f) continue;
    if (suffix) f[suffix] = value;
    else f.value = value;
  }
  return DisclosureSchema.parse(m);
}

export function parseFiguresTsv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const [k, v] = line.split('\t');
    if (k && v !== undefined) out[k.trim()] = v.trim();
  }
  return out;
}

// ---------------------------------------------------------------- generated sample departments

/** A small deterministic generator, so the sample files are reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const money = (cents: number) => fromScaled({ units: BigInt(Math.round(cents)), scale: 2 });

interface Dept {
  region: string;
  name: string;
  base: number; // expenditure total of the first year, in 0.01 万元
  basicShare: number;
  functions: [string, number][];
}

export const SAMPLE_DEPTS: Dept[] = [
  {
    region: '示例省示范市',
    name: '示范市教育局',
    base: 4_860_000,
    basicShare: 0.62,
    functions: [
      ['教育支出', 0.86],
      ['社会保障和就业支出', 0.08],
      ['卫生健康支出', 0.03],
      ['住房保障支出', 0.03],
    ],
  },
  {
    region: '示例省示范市',
    name: '示范市卫生健康委员会',
    base: 2_975_000,
    basicShare: 0.41,
    functions: [
      ['卫生健康支出', 0.9],
      ['社会保障和就业支出', 0.06],
      ['住房保障支出', 0.04],
    ],
  },
  {
    region: '示例省示范市',
    name: '示范市交通运输局',
    base: 1_830_000,
    basicShare: 0.28,
    functions: [
      ['交通运输支出', 0.83],
      ['城乡社区支出', 0.1],
      ['社会保障和就业支出', 0.04],
      ['住房保障支出', 0.03],
    ],
  },
  {
    region: '示例省示范市',
    name: '示范市科学技术局',
    base: 612_000,
    basicShare: 0.35,
    functions: [
      ['科学技术支出', 0.88],
      ['一般公共服务支出', 0.02],
      ['社会保障和就业支出', 0.06],
      ['住房保障支出', 0.04],
    ],
  },
  {
    region: '示例省样板县',
    name: '样板县农业农村局',
    base: 1_240_000,
    basicShare: 0.3,
    functions: [
      ['农林水支出', 0.9],
      ['社会保障和就业支出', 0.06],
      ['住房保障支出', 0.04],
    ],
  },
  {
    region: '示例省样板县',
    name: '样板县生态环境局',
    base: 386_000,
    basicShare: 0.45,
    functions: [
      ['节能环保支出', 0.85],
      ['社会保障和就业支出', 0.09],
      ['卫生健康支出', 0.03],
      ['住房保障支出', 0.03],
    ],
  },
];

export const SAMPLE_YEARS = [2021, 2022, 2023, 2024, 2025];

function split(total: number, weights: number[]): number[] {
  const parts = weights.map((w) => Math.round(total * w));
  parts[0] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

interface YearFigures {
  total: number;
  basic: number;
  project: number;
  general: number;
  functions: number[];
  abroad: number;
  reception: number;
  vehiclePurchase: number;
  vehicleOperation: number;
  operating: number;
  procurement: number;
  goods: number;
  vehicles: number;
}

function yearFigures(dept: Dept, years: number[], seed: number): Map<number, YearFigures> {
  const r = rng(seed);
  const out = new Map<number, YearFigures>();
  let total = dept.base;
  for (const y of years) {
    total = Math.round(total * (0.9 + r() * 0.22));
    const basic = Math.round(total * (dept.basicShare + (r() - 0.5) * 0.06));
    const project = total - basic;
    const general = Math.round(total * (0.93 + r() * 0.06));
    const abroad = r() < 0.4 ? Math.round(200 + r() * 800) : 0;
    const reception = Math.round(total * 0.0008 + r() * 300);
    const vehiclePurchase = r() < 0.2 ? 1800 : 0;
    const vehicleOperation = Math.round(total * 0.0015 + r() * 500);
    const procurement = Math.round(project * (0.05 + r() * 0.1));
    out.set(y, {
      total,
      basic,
      project,
      general: Math.max(general, basic),
      functions: split(
        total,
        dept.functions.map((f) => f[1]),
      ),
      abroad,
      reception,
      vehiclePurchase,
      vehicleOperation,
      operating: Math.round(basic * (0.1 + r() * 0.06)),
      procurement,
      goods: Math.round(procurement * (0.3 + r() * 0.4)),
      vehicles: 1 + Math.floor(r() * 6),
    });
  }
  return out;
}

/** One disclosure of a sample department; `flaw` makes the “三公” total disagree with its parts by 1.00. */
export function sampleDisclosure(dept: Dept, year: number, kind: 'budget' | 'final', series: Map<number, YearFigures>, flaw = false): Disclosure {
  const cur = series.get(year)!;
  const prev = series.get(year - 1);
  const scale = kind === 'final' ? 0.97 : 1;
  const s = (n: number) => Math.round(n * scale);
  const fig = (value: number, prevValue?: number, budgetValue?: number) => ({
    value: money(value),
    ...(prevValue !== undefined ? { prev: money(prevValue), change: money(value - prevValue) } : {}),
    ...(prevValue !== undefined && prevValue !== value ? { reason: '示例数据按比例生成，变化仅供演示' } : {}),
    ...(budgetValue !== undefined ? { budget: money(budgetValue) } : {}),
    origin: 'data' as const,
  });
  // final accounts: every part scaled, totals the exact sums of the scaled parts, so that values and changes add up
  const scaled = (x: YearFigures): YearFigures => {
    if (kind !== 'final') return x;
    const basic = s(x.basic);
    const project = s(x.total - x.basic);
    const goods = s(x.goods);
    return {
      ...x,
      total: basic + project,
      basic,
      project,
      general: s(x.general),
      abroad: s(x.abroad),
      reception: s(x.reception),
      vehiclePurchase: s(x.vehiclePurchase),
      vehicleOperation: s(x.vehicleOperation),
      operating: s(x.operating),
      goods,
      procurement: goods + s(x.procurement - x.goods),
    };
  };
  const now = scaled(cur);
  const before = prev && scaled(prev);
  const v = (f: (x: YearFigures) => number) => fig(f(now), before ? f(before) : undefined, kind === 'final' ? f(cur) : undefined);
  const total = now.total;
  const gen = Math.min(total, now.general);
  const functions =
    kind === 'final'
      ? split(
          total,
          dept.functions.map((f) => f[1]),
        )
      : cur.functions;
  const three = (x: YearFigures) => x.abroad + x.reception + x.vehiclePurchase + x.vehicleOperation;
  // the deliberate flaw: the stated total is 1.00 万元 more than its parts (its change stays the parts' change)
  const threeTotal = { ...fig(three(now), before ? three(before) : undefined), ...(flaw ? { value: money(three(now) + 100) } : {}) };
  const d: DisclosureInput = {
    identity: {
      kind,
      year,
      unit: dept.name + SAMPLE_MARK,
      region: dept.region,
      scope: 'department',
      level: dept.region.endsWith('县') ? 'district' : 'municipal',
      title: `${dept.name}${SAMPLE_MARK}${year}年部门${kind === 'budget' ? '预算' : '决算'}`,
    },
    unitInfo: {
      functions: [],
      subordinateUnits: [],
      structure: '本单位为演示用的虚构单位（示例数据，SAMPLE），数字按种子文档的比例生成，不代表任何真实单位。',
    },
    income: { total: fig(total), general: fig(gen), other: fig(total - gen) },
    expenditure: {
      total: v((x) => x.total),
      basic: v((x) => x.basic),
      project: v((x) => x.total - x.basic),
      byFunction: dept.functions.map(([name], i) => ({ name, code: classCode(name), level: '类' as const, figure: fig(functions[i]) })),
      byEconomic: [],
    },
    appropriation: {
      general: {
        income: fig(gen),
        expenditure: fig(gen),
        basic: v((x) => x.basic),
        project: fig(gen - now.basic),
        byFunction: [],
      },
      fund: { expenditure: fig(0), statedNone: true, byFunction: [] },
      capital: { byFunction: [] },
    },
    threePublic: {
      total: threeTotal,
      abroad: v((x) => x.abroad),
      reception: v((x) => x.reception),
      vehiclePurchase: v((x) => x.vehiclePurchase),
      vehicleOperation: v((x) => x.vehicleOperation),
    },
    operatingCost: v((x) => x.operating),
    procurement: { total: v((x) => x.procurement), goods: v((x) => x.goods), services: v((x) => x.procurement - x.goods) },
    performance: { amount: fig(s(cur.project)) },
    assets: { vehicles: { value: String(cur.vehicles), unit: '辆', origin: 'data' }, vehiclesByType: [] },
  };
  return DisclosureSchema.parse(d);
}

/** Every sample disclosure: budgets for every year, final accounts for every year but the last. */
export function generateSamples(): { name: string; disclosure: Disclosure }[] {
  const out: { name: string; disclosure: Disclosure }[] = [];
  SAMPLE_DEPTS.forEach((dept, i) => {
    const series = yearFigures(dept, [SAMPLE_YEARS[0] - 1, ...SAMPLE_YEARS], 1000 + i * 17);
    for (const year of SAMPLE_YEARS) {
      out.push({ name: `sample-${i + 1}-${year}-budget.json`, disclosure: sampleDisclosure(dept, year, 'budget', series, i === 2 && year === 2024) });
      if (year < SAMPLE_YEARS[SAMPLE_YEARS.length - 1])
        out.push({ name: `sample-${i + 1}-${year}-final.json`, disclosure: sampleDisclosure(dept, year, 'final', series) });
    }
  });
  return out;
}

/** The JSON files of a samples folder, sorted. */
export async function sampleFiles(dir = SAMPLES_DIR): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}
