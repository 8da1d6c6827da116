import { defineRule, type RuleContext } from '../../engine.ts';
import type { SectionKey, Severity } from '../../../model/index.ts';
import { hasSection, textMentions } from '../../presence.ts';

interface Requirement {
  name: string;
  sections: SectionKey[];
  /** the model holds a fact of this part */
  inModel: (ctx: RuleContext) => boolean;
  /** words that show the text covers it */
  words: RegExp;
  severity: Severity;
  applies?: (ctx: RuleContext) => boolean;
}

const REQUIREMENTS: Requirement[] = [
  { name: '“三公”经费情况说明', sections: ['threePublic'], inModel: (c) => Object.values(c.disclosure.threePublic).some((v) => v !== undefined), words: /三公/, severity: 'warning' },
  { name: '机关运行经费情况', sections: ['operatingCost'], inModel: (c) => !!c.disclosure.operatingCost, words: /运行经费/, severity: 'warning' },
  { name: '政府采购情况', sections: ['procurement'], inModel: (c) => Object.values(c.disclosure.procurement).some((v) => v !== undefined), words: /政府采购/, severity: 'warning' },
  { name: '绩效目标（预算绩效管理）情况', sections: ['performance'], inModel: (c) => Object.values(c.disclosure.performance).some((v) => v !== undefined), words: /绩效/, severity: 'warning' },
  { name: '国有资产占有使用情况', sections: ['assets'], inModel: (c) => !!c.disclosure.assets.vehicles || c.disclosure.assets.vehiclesByType.length > 0, words: /国有资产|公务用车\d|车辆\d|共有车辆/, severity: 'info' },
  { name: '名词解释', sections: ['glossary'], inModel: (c) => c.disclosure.glossary.length > 0, words: /名词解释|名词说明|术语解释/, severity: 'warning' },
  {
    name: '联系人及联系方式',
    sections: ['contact'],
    inModel: (c) => !!(c.disclosure.contact.person || c.disclosure.contact.phone),
    words: /联系人|联系电话|联系方式|咨询电话/,
    severity: 'warning',
    // the 重庆 template asks for a contact line; other regions' templates do not
    applies: (c) => /重庆/.test(`${c.disclosure.identity.region ?? ''}${c.disclosure.identity.unit}`),
  },
];

export default defineRule({
  meta: {
    id: 'sections-required',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'completeness',
    basis: '预算法 第十四条；预算法实施条例 第六条；财预〔2016〕143号（部门预决算说明应包括的内容）',
    docs: '说明包含“三公”经费、机关运行经费、政府采购、绩效目标、国有资产、名词解释（重庆另需联系人）各部分。',
  },
  // reasons and sections are read from the text: a figures-only model has none to judge
  reads: 'text',
  check(ctx) {
    if (ctx.unreadablePages > 0) return []; // the part may be on a page that could not be read
    return REQUIREMENTS.filter((r) => (r.applies ?? (() => true))(ctx))
      .filter((r) => !hasSection(ctx, ...r.sections) && !r.inModel(ctx) && !textMentions(ctx, r.words))
      .map((r) => ({
        severity: r.severity,
        message: `缺少“${r.name}”部分`,
        evidence: ctx.disclosure.identity.evidence.slice(0, 1),
        path: r.sections[0],
        suggestion: `补充${r.name}；没有相关事项的，写明“无”`,
      }));
  },
});
