/**
 * What the portal admits as a disclosure, and under which unit. Pure: decisions from the file names, the extracted
 * identity and the first lines of the text. A checklist (公开情况检查表), a template (XX单位, XX局), a file that calls
 * itself a test or template, or a tables file that names no unit (公开01表, 收支预算总表, 表一 …) must never show to
 * the public as a department's disclosure.
 */
import { basename, dirname } from 'node:path';

/** Table titles that a tables-only file's first line gives where a narrative names its unit. */
const TABLE_TITLE =
  /(^|[^\p{L}])表[一二三四五六七八九十\d]+$|^表[一二三四五六七八九十\d]+|^公开\d+表|^(附)?表\d|(总表|报表|明细表|情况表|一览表)$|^[^\p{Script=Han}]*$/u;
/** A placeholder where a real unit's name belongs. */
const PLACEHOLDER = /X{2,}|Ｘ{2,}|x{2,}|×{2,}|＊{2,}|\*{2,}|某某|〇〇|○○|…单位/;
/** Words in a file name that say it is not a published disclosure. */
const TEST_NAME = /(^|[^a-z])(test|tests|planted|template|templates|fixture|dummy|mock)([^a-z]|$)|测试|模板|样表|样张|范本/i;
/** A checklist or score sheet about a disclosure, not the disclosure itself. */
const CHECKLIST = /(检查|自查|核查|评分|考核|测评|审核)(表|清单)/;
/** A name that can be a unit: Chinese, and ending the way units are named. */
const UNIT_NAME =
  /^[\p{Script=Han}（）()·]{3,40}(局|委|委员会|办|办公室|厅|院|会|部|署|中心|所|站|队|校|学|馆|处|社|团|联|政府|办事处|公司|集团|园|区|县|市|省|镇|乡|街道)$/u;

export interface Admission {
  /** the unit to store the disclosure under */
  unit: string;
}

export class NotADisclosure extends Error {}

/** A unit name fit to be shown as a department: a name, not a table title, a placeholder or empty. */
export function usableUnit(unit: string | null | undefined): string | null {
  const u = (unit ?? '').replace(/\s+/g, '').trim();
  if (!u || TABLE_TITLE.test(u) || PLACEHOLDER.test(u)) return null;
  return u;
}

/** The unit a folder names (…/上海市普陀区财政局/2024决算.pdf), when its name reads as a unit. */
export function unitFromFolder(file: string): string | null {
  const name = basename(dirname(file)).trim();
  return UNIT_NAME.test(name) ? name : null;
}

/**
 * Admit a document as a disclosure, or say why not (NotADisclosure). `head` is the first lines of the text (title,
 * cover); `unit` the extracted unit; `given` the --unit option.
 */
export function admit(files: string[], identity: { unit: string | null; title?: string }, head: string, given?: string): Admission {
  const named = files.map((f) => basename(f)).find((f) => TEST_NAME.test(f));
  if (named) throw new NotADisclosure(`not a disclosure: the file name marks a test file or template (${named}); it is not imported`);
  const top = `${identity.title ?? ''}\n${head}`;
  if (CHECKLIST.test(top.replace(/\s+/g, '')))
    throw new NotADisclosure(`not a disclosure: a checklist about one (${CHECKLIST.exec(top.replace(/\s+/g, ''))![0]}); it is not imported`);
  if (identity.unit && PLACEHOLDER.test(identity.unit))
    throw new NotADisclosure(`not a disclosure: a template (the unit is a placeholder: ${identity.unit}); it is not imported`);
  const unit = usableUnit(given) ?? usableUnit(identity.unit) ?? files.map(unitFromFolder).find((u) => u) ?? null;
  if (!unit)
    throw new NotADisclosure(
      `names no unit${identity.unit ? ` ("${identity.unit}" is a table title, not a unit)` : ''}: import a tables file together with its narrative (--as-one, or a folder with an .as-one file) or give --unit`,
    );
  return { unit };
}
