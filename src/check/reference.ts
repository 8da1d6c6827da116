/** Classification names (政府收支分类科目, domain.md §1d; shared/research/codes-function.tsv), for name checks. */

/** 支出功能分类 类 names in use (2024/2025), by code. */
export const FUNCTION_CLASSES: Record<string, string> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '209': '社会保险基金支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '227': '预备费',
  '229': '其他支出',
  '230': '转移性支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '233': '债务发行费用支出',
  '234': '抗疫特别国债安排的支出',
};

/** 类 names replaced in the 2019 classification (机构改革): old name → [code, new name, last year in use]. */
export const RENAMED_CLASSES: Record<string, [string, string, number]> = {
  医疗卫生与计划生育支出: ['210', '卫生健康支出', 2018],
  文化体育与传媒支出: ['207', '文化旅游体育与传媒支出', 2018],
  国土海洋气象等支出: ['220', '自然资源海洋气象等支出', 2018],
  资源勘探信息等支出: ['215', '资源勘探工业信息等支出', 2018],
  粮油物资储备事务: ['222', '粮油物资储备支出', 2018],
};

const KNOWN = new Set([...Object.values(FUNCTION_CLASSES), ...Object.keys(RENAMED_CLASSES), '国债还本付息支出', '其他支出']);

/** Is this the name of a function class (类), allowing a printed “（类）” or code? */
export function isFunctionClass(name: string): boolean {
  return KNOWN.has(name.replace(/[\s（(]*类[）)]|[（(]\d{3}类?[）)]|^\d{3}\s*/g, '').trim());
}
