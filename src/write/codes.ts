/**
 * Function classes (支出功能分类 类, 2024 edition, domain.md §1d) and the income rows of the standard tables,
 * for rows the model names without a code. Codes order the rows of every table.
 */
export const FUNCTION_CLASSES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

const BY_NAME = new Map(FUNCTION_CLASSES.map(([c, n]) => [n, c]));

/** The 类 code of a function class name (“科学技术支出” or “科学技术”), if it is a standard class. */
export function functionClassCode(name: string): string | undefined {
  const n = name.replace(/[（(]类[)）]$/, '').trim();
  return BY_NAME.get(n) ?? BY_NAME.get(`${n}支出`);
}

/** Level of a code by its length: 3 类, 5 款, 7 项 (function); 3 类, 5 款 (economic). */
export function levelOfCode(code: string): '类' | '款' | '项' | undefined {
  const c = code.replace(/\s+/g, '');
  return c.length === 3 ? '类' : c.length === 5 ? '款' : c.length === 7 ? '项' : undefined;
}

/** Sort key: rows with a code by code, the others after them in their own order. */
export function byCode<T extends { code?: string }>(rows: T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const ca = a.r.code ?? '\uffff';
      const cb = b.r.code ?? '\uffff';
      return ca < cb ? -1 : ca > cb ? 1 : a.i - b.i;
    })
    .map((x) => x.r);
}

/** 人员经费 = 301 + 303, 公用经费 = 302 + 310 (and the rest of 基本支出's economic classes). */
export function economicGroup(code: string | undefined, name: string): 'personnel' | 'publicFunds' | undefined {
  const c = code ?? '';
  if (/^30[13]/.test(c) || /^(工资福利支出|对个人和家庭的补助)/.test(name)) return 'personnel';
  if (/^3(02|10|09|99)/.test(c) || /^(商品和服务支出|资本性支出)/.test(name)) return 'publicFunds';
  return undefined;
}
