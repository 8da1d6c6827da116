/**
 * The check stage: every rule of the catalogue over a disclosure (and the text it was read from). Pure, no I/O.
 * The portal and the writer call checkDisclosure; `yusuan check` and `yusuan rules` are built on it.
 */
import type { Disclosure, Finding, RuleMeta } from '../model/index.ts';
import type { SourceDocument } from '../read/document.ts';
import { runRules, type Rule } from './engine.ts';
import templateResidue from './rules/template-residue/index.ts';
import placeholderResidue from './rules/placeholder-residue/index.ts';
import percentSignMissing from './rules/percent-sign-missing/index.ts';
import yearReference from './rules/year-reference/index.ts';
import documentYearConsistent from './rules/document-year-consistent/index.ts';
import reasonEmpty from './rules/reason-empty/index.ts';
import unreadablePage from './rules/unreadable-page/index.ts';
import incomeSourcesSum from './rules/income-sources-sum/index.ts';
import functionClassesSum from './rules/function-classes-sum/index.ts';
import basicProjectSum from './rules/basic-project-sum/index.ts';
import personnelPublicSum from './rules/personnel-public-sum/index.ts';
import threePublicSum from './rules/three-public-sum/index.ts';
import procurementSum from './rules/procurement-sum/index.ts';
import procurementWithinSpending from './rules/procurement-within-spending/index.ts';
import vehiclesMatchSpending from './rules/vehicles-match-spending/index.ts';
import changePartsSum from './rules/change-parts-sum/index.ts';
import changeConsistent from './rules/change-consistent/index.ts';
import directionWordSign from './rules/direction-word-sign/index.ts';
import budgetRelationWord from './rules/budget-relation-word/index.ts';
import percentDirection from './rules/percent-direction/index.ts';
import itemNameMatchesTable from './rules/item-name-matches-table/index.ts';
import codeNameKnown from './rules/code-name-known/index.ts';
import changePercent from './rules/change-percent/index.ts';
import tableChangePercent from './rules/table-change-percent/index.ts';
import tocHeadingMatch from './rules/toc-heading-match/index.ts';
import zeroBasePercent from './rules/zero-base-percent/index.ts';
import zeroChangeWord from './rules/zero-change-word/index.ts';
import reasonRequired from './rules/reason-required/index.ts';
import changeAmountMissing from './rules/change-amount-missing/index.ts';
import reasonDirection from './rules/reason-direction/index.ts';
import shareRecompute from './rules/share-recompute/index.ts';
import sharesTotal from './rules/shares-total/index.ts';
import completionRate from './rules/completion-rate/index.ts';
import budgetVariance from './rules/budget-variance/index.ts';
import budgetBalanced from './rules/budget-balanced/index.ts';
import generalEqualsWhole from './rules/general-equals-whole/index.ts';
import performanceWithinProject from './rules/performance-within-project/index.ts';
import figureRestated from './rules/figure-restated/index.ts';
import sectionsRequired from './rules/sections-required/index.ts';
import threePublicItems from './rules/three-public-items/index.ts';
import threePublicCounts from './rules/three-public-counts/index.ts';
import fundNoneStated from './rules/fund-none-stated/index.ts';
import balancedChange from './rules/balanced-change/index.ts';
import duplicatePassage from './rules/duplicate-passage/index.ts';
import classNameCurrent from './rules/class-name-current/index.ts';
import classLevelLabel from './rules/class-level-label/index.ts';
import levelWording from './rules/level-wording/index.ts';
import unitNameConsistent from './rules/unit-name-consistent/index.ts';
import wording from './rules/wording/index.ts';
import tableSums from './rules/table-sums/index.ts';
import reasonMismatch from './rules/reason-mismatch/index.ts';
import narrativeTableConsistent from './rules/narrative-table-consistent/index.ts';
import tableEmptyNote from './rules/table-empty-note/index.ts';
import emptyNoteOwnTable from './rules/empty-note-own-table/index.ts';
import tablesAgreeTotals from './rules/tables-agree-totals/index.ts';
import tablesAgreeClasses from './rules/tables-agree-classes/index.ts';
import appropriationTablesAgree from './rules/appropriation-tables-agree/index.ts';
import basicTablesAgree from './rules/basic-tables-agree/index.ts';
import threePublicEconomic from './rules/three-public-economic/index.ts';
import bodyYear from './rules/body-year/index.ts';
import otherPlaceName from './rules/other-place-name/index.ts';
import threePublicScope from './rules/three-public-scope/index.ts';

export type { Rule, RuleContext, Draft } from './engine.ts';

/** The catalogue, in the order of docs/rules.md: arithmetic, year over year, percentages, consistency, completeness, text. */
export const RULES: Rule[] = [
  incomeSourcesSum,
  functionClassesSum,
  basicProjectSum,
  personnelPublicSum,
  threePublicSum,
  procurementSum,
  procurementWithinSpending,
  vehiclesMatchSpending,
  changeConsistent,
  changePartsSum,
  balancedChange,
  directionWordSign,
  budgetRelationWord,
  percentDirection,
  reasonRequired,
  changeAmountMissing,
  reasonDirection,
  reasonMismatch,
  changePercent,
  tableChangePercent,
  zeroBasePercent,
  shareRecompute,
  sharesTotal,
  completionRate,
  budgetVariance,
  tableSums,
  tableEmptyNote,
  emptyNoteOwnTable,
  tablesAgreeTotals,
  tablesAgreeClasses,
  appropriationTablesAgree,
  basicTablesAgree,
  threePublicEconomic,
  budgetBalanced,
  generalEqualsWhole,
  performanceWithinProject,
  figureRestated,
  itemNameMatchesTable,
  codeNameKnown,
  narrativeTableConsistent,
  sectionsRequired,
  threePublicItems,
  threePublicCounts,
  threePublicScope,
  fundNoneStated,
  unreadablePage,
  templateResidue,
  zeroChangeWord,
  tocHeadingMatch,
  placeholderResidue,
  percentSignMissing,
  reasonEmpty,
  yearReference,
  documentYearConsistent,
  bodyYear,
  unitNameConsistent,
  otherPlaceName,
  levelWording,
  classNameCurrent,
  classLevelLabel,
  duplicatePassage,
  wording,
];

export const RULE_METAS: RuleMeta[] = RULES.map((r) => r.meta);

/** Check a disclosure against every rule for its kind. `docs` are the texts it was read from (for the text rules). */
export function checkDisclosure(d: Disclosure, docs: SourceDocument[] = []): Finding[] {
  return runRules(RULES, d, docs);
}
