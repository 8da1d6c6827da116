/** Walking the disclosure model: every stated figure with its path and a Chinese label for messages. */
import { labelAt, type ClassifiedFigure, type Disclosure, type Evidence, type Figure } from '../model/index.ts';

export interface Located {
  path: string;
  label: string;
  figure: Figure;
}

const FUND_LABELS: Record<string, string> = { general: '一般公共预算财政拨款', fund: '政府性基金预算财政拨款', capital: '国有资本经营预算财政拨款' };
const FUND_PART: Record<string, string> = {
  income: '收入',
  expenditure: '支出',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  publicFunds: '公用经费',
  carryover: '年初结转和结余',
  carryForward: '年末结转和结余',
};

const labels = new Map<string, string>();

/** A Chinese name for a model path: the figure catalogue's (src/model/figure-keys.ts), a fund's part, else the path. */
export function labelOf(path: string): string {
  let l = labels.get(path);
  if (l === undefined) {
    const m = /^appropriation\.(general|fund|capital)\.(\w+)$/.exec(path);
    l = labelAt(path) ?? (m ? `${FUND_LABELS[m[1]]}${FUND_PART[m[2]] ?? m[2]}` : path);
    // paths of list items (byFunction[12]) are many and used once: only named paths are kept
    if (!path.includes('[')) labels.set(path, l);
  }
  return l;
}

const isFigure = (v: unknown): v is Figure =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as Figure).evidence) &&
  typeof (v as Figure).origin === 'string' &&
  typeof (v as Figure).unit === 'string';

function classifiedLabel(c: ClassifiedFigure): string {
  return c.path?.length ? c.path.join('') : c.name;
}

/** Every figure in the model (statements included), depth first, with its path. */
export function allFigures(d: Disclosure): Located[] {
  const out: Located[] = [];
  const walk = (v: unknown, path: string, label?: string) => {
    if (isFigure(v)) {
      out.push({ path, label: label ?? labelOf(path), figure: v });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        const item = x as { figure?: Figure; name?: string; subject?: string };
        if (item && isFigure(item.figure)) {
          const l = 'subject' in item && item.subject ? item.subject : 'name' in item ? classifiedLabel(item as ClassifiedFigure) : undefined;
          out.push({ path: `${path}[${i}]`, label: l ?? `${path}[${i}]`, figure: item.figure });
        } else walk(x, `${path}[${i}]`);
      });
      return;
    }
    if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'tables' || k === 'identity' || k === 'sources' || k === 'sections' || k === 'evidence') continue;
        walk(x, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(d, '');
  return out;
}

/** A figure's value at a model path such as `threePublic.total` (undefined when not stated). */
export function figureAt(d: Disclosure, path: string): Figure | undefined {
  let keys = pathKeys.get(path);
  if (!keys) {
    keys = path.split('.');
    if (!path.includes('[')) pathKeys.set(path, keys);
  }
  let v: unknown = d;
  for (const k of keys) v = (v as Record<string, unknown> | undefined)?.[k];
  return isFigure(v) ? v : undefined;
}
const pathKeys = new Map<string, string[]>();

/** Evidence for a finding about several figures: each figure's first evidence, in order, without repeats. */
export function evidenceOf(...figures: (Figure | undefined)[]): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    const e = f?.evidence[0];
    if (!e) continue;
    const k = `${e.file}:${e.line ?? ''}:${e.page ?? ''}:${e.row ?? ''}:${e.text}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}

/** The figure's value with its unit, as a message shows it. */
export function show(f: Figure): string {
  return f.unit === '万元' || !f.unit ? `${f.value}万元` : `${f.value}${f.unit}`;
}

/** allFigures without repeats: a statement that restates a model figure (same place, same numbers) counts once. */
export function distinctFigures(d: Disclosure): Located[] {
  const seen = new Set<string>();
  return allFigures(d).filter(({ figure: f }) => {
    const e = f.evidence[0];
    const k = `${e?.file}:${e?.line ?? ''}:${e?.page ?? ''}:${f.value}:${f.prev ?? ''}:${f.change ?? ''}:${f.changePercent ?? ''}:${f.share ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** “公共安全支出（204类）司法（06款）其他司法支出（99项）” → path, level, code (when the numbers are printed). */
export function parseClassified(subject: string): ClassifiedFigure | undefined {
  const parts = [...subject.replace(/[“”"\s]/g, '').matchAll(/([^（()）]+?)[（(](\d*)([类款项])[）)]/g)];
  if (!parts.length) return undefined;
  const last = parts[parts.length - 1];
  const digits = parts.map((p) => p[2]);
  const code = digits.every((x) => x) && digits.join('').length === { 类: 3, 款: 5, 项: 7 }[last[3] as '类']! ? digits.join('') : undefined;
  const names = parts.map((p) => p[1].replace(/^[\d、.．]+/, ''));
  return { name: names[names.length - 1], level: last[3] as '项', path: names, code, figure: undefined as unknown as Figure };
}

/**
 * The itemised 项 of the 一般公共预算 appropriation (“X（类）Y（款）Z（项）N万元”): from the model, or else from
 * the statements that name a 项; an item stated twice with the same amount counts once.
 */
export function generalItems(d: Disclosure): ClassifiedFigure[] {
  const fromModel = d.appropriation.general.byFunction.filter((c) => c.level === '项');
  if (fromModel.length) return fromModel;
  const seen = new Set<string>();
  const out: ClassifiedFigure[] = [];
  for (const s of d.statements) {
    if (s.figure.value === undefined) continue;
    const c = parseClassified(s.subject);
    if (!c || c.level !== '项') continue;
    const k = `${(c.path ?? []).join('/')}|${s.figure.value}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ ...c, figure: s.figure });
  }
  return out;
}
