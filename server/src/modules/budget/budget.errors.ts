import { AppError } from '../../platform/errors.js';
import { fiscalYearLabel } from '../../platform/fiscal-year.js';
import type { CapProblem } from './budget.rules.js';
import { SUB_CAP_SHORT_LABELS, SUB_CAP_SHORT_LABELS_EN, type ExpenseCategory, type SubCap } from './expense-category.js';

export enum BudgetErrorCode {
  CAP_EXCEEDED = 'CAP_EXCEEDED',
  INELIGIBLE_EXPENSE = 'INELIGIBLE_EXPENSE',
  NO_BUDGET = 'NO_BUDGET',
  BUDGET_EXISTS = 'BUDGET_EXISTS',
  OUTSIDE_FISCAL_YEAR = 'OUTSIDE_FISCAL_YEAR',
  NOT_ATTENDED = 'NOT_ATTENDED',
  WRONG_HONORARIUM_STATE = 'WRONG_HONORARIUM_STATE',
  DOUBLE_FUNDING = 'DOUBLE_FUNDING',
  POSTED_BY_HONORARIUM = 'POSTED_BY_HONORARIUM',
  WRONG_SUB_CAP = 'WRONG_SUB_CAP',
  DUPLICATE_HONORARIUM = 'DUPLICATE_HONORARIUM',
  DOUBLE_FUNDING_SUSPECTED = 'DOUBLE_FUNDING_SUSPECTED',
}

/** 1234567 → "1,234,567円", as refusals and reports write amounts. */
export const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
const scopeLabels = { ...SUB_CAP_SHORT_LABELS, TOTAL: '補助上限額（合計）' } as const;

export const capExceeded = (p: CapProblem) =>
  new AppError(
    BudgetErrorCode.CAP_EXCEEDED,
    {
      ja: `${scopeLabels[p.scope]}の上限${yen(p.capYen)}を超えます。残りは${yen(p.remainingYen)}です（計上しようとした額：${yen(p.amountYen)}）。`,
      en: `This would exceed the ${p.scope === 'TOTAL' ? 'total' : p.scope} cap of ${p.capYen} yen; ${p.remainingYen} yen remain (amount: ${p.amountYen} yen).`,
    },
    { field: 'amountYen', scope: p.scope, capYen: p.capYen, spentYen: p.spentYen, remainingYen: p.remainingYen },
  );

export const ineligibleMeal = (rule: string) =>
  new AppError(BudgetErrorCode.INELIGIBLE_EXPENSE, { ja: `補助対象外の経費です。${rule}`, en: `Not an eligible cost: the subsidy's supplies (需用費) exclude meals and banquets.` }, { field: 'category', rule });

/** A cost whose text names a meal, refused until the secretariat says why it is not one. */
export const mealSuspected = (rule: string, words: string[]) =>
  new AppError(
    BudgetErrorCode.INELIGIBLE_EXPENSE,
    {
      ja: `「${words.join('」「')}」とあるため、会食の経費と判断しました。${rule}会食でない場合は、その理由を入力してください。`,
      en: `The text names a meal (${words.join(', ')}): the subsidy's supplies (需用費) exclude meals and banquets. If it is not a meal, say why.`,
    },
    { field: 'notMealReason', rule, words },
  );

export const noBudget = (fiscalYear: number) =>
  new AppError(BudgetErrorCode.NO_BUDGET, {
    ja: `${fiscalYearLabel(fiscalYear)}の予算がまだありません。先に予算を開始してください。`,
    en: `There is no budget for FY${fiscalYear} yet; open it first.`,
  }, { fiscalYear });

export const budgetExists = (fiscalYear: number) =>
  new AppError(BudgetErrorCode.BUDGET_EXISTS, { ja: `${fiscalYearLabel(fiscalYear)}の予算はすでにあります。`, en: `The budget for FY${fiscalYear} already exists.` }, { field: 'fiscalYear' });

export const outsideFiscalYear = (date: string, fiscalYear: number) =>
  new AppError(
    BudgetErrorCode.OUTSIDE_FISCAL_YEAR,
    { ja: `${date}は${fiscalYearLabel(fiscalYear)}（${fiscalYear}年4月1日〜${fiscalYear + 1}年3月31日）の外です。`, en: `${date} is outside FY${fiscalYear} (${fiscalYear}-04-01 to ${fiscalYear + 1}-03-31).` },
    { field: 'spentOn', fiscalYear },
  );

export const notAttended = (name: string, why: 'NOT_RECORDED' | 'ABSENT' | 'NOT_LECTURER' | 'NOT_HELD') =>
  new AppError(
    BudgetErrorCode.NOT_ATTENDED,
    {
      ja: {
        NOT_RECORDED: `${name}さんの出欠がまだ記録されていません。会議の出席を記録してから承認してください。`,
        ABSENT: `${name}さんは会議に出席していないため、謝金を承認できません。`,
        NOT_LECTURER: `事業実施への謝金は講師に対してのみ承認できます。`,
        NOT_HELD: `まだ実施されていない事業の講師謝金は承認できません。`,
      }[why],
      en: {
        NOT_RECORDED: `${name}'s attendance has not been recorded; record it before approving.`,
        ABSENT: `${name} did not attend the meeting, so no honorarium can be approved.`,
        NOT_LECTURER: 'An honorarium for an activity can be approved for a lecturer only.',
        NOT_HELD: 'The activity has not taken place yet.',
      }[why],
    },
    { reason: why },
  );

const honorariumStateLabels: Record<string, string> = { PLANNED: '予定', APPROVED: '承認済み', PAID: '支払済み', CANCELLED: '取消' };
export const wrongHonorariumState = (state: string, needed: readonly string[]) =>
  new AppError(
    BudgetErrorCode.WRONG_HONORARIUM_STATE,
    {
      ja: `この操作は「${needed.map((s) => honorariumStateLabels[s] ?? s).join('」「')}」の謝金にのみ行えます（現在：${honorariumStateLabels[state] ?? state}）。`,
      en: `Only a ${needed.join(' or ').toLowerCase()} honorarium allows this (this one is ${state.toLowerCase()}).`,
    },
    { state, needed },
  );

export type FundingClash = {
  expenseId: string;
  programmeResultId: string;
  municipality: string;
  reason: 'SAME_ACTIVITY' | 'SAME_PAYEE_DATE_AMOUNT' | 'NEAR_PAYEE_DATE_AMOUNT';
  match: 'EXACT' | 'NEAR';
  daysApart: number;
  /** Why the two are not one cost, as the person who recorded the later one confirmed (near matches only). */
  confirmedReason: string | null;
  expenseSummary: string;
  resultSummary: string;
};

/** A near match: the same payee and amount a few days apart. Recorded only once someone says why they differ. */
export const doubleFundingSuspected = (clash: FundingClash) =>
  new AppError(
    BudgetErrorCode.DOUBLE_FUNDING_SUSPECTED,
    {
      ja: `補助金の二重取りではないか確認してください：拠点の経費「${clash.expenseSummary}」と${clash.municipality}の事業実績「${clash.resultSummary}」は、支払先と金額が同じで日付が${clash.daysApart}日違います。別の費用である場合は、その理由を入力して記録してください。`,
      en: `Check this is not double funding: the hub expense “${clash.expenseSummary}” and ${clash.municipality}'s programme result “${clash.resultSummary}” have the same payee and amount, ${clash.daysApart} day(s) apart. If they are different costs, say why and record it.`,
    },
    { ...clash, field: 'doubleFundingReason' },
  );

export const doubleFunding = (clash: FundingClash) =>
  new AppError(
    BudgetErrorCode.DOUBLE_FUNDING,
    {
      ja: `補助金の二重取りの疑いがあります：拠点の経費「${clash.expenseSummary}」と${clash.municipality}の事業実績「${clash.resultSummary}」が${clash.reason === 'SAME_ACTIVITY' ? '同じ事業実施' : '同じ支払先・日付・金額'}の経費を計上しています。どちらか一方の財源で計上してください。`,
      en: `Possible double funding: the hub expense “${clash.expenseSummary}” and ${clash.municipality}'s programme result “${clash.resultSummary}” claim ${clash.reason === 'SAME_ACTIVITY' ? 'the same activity' : 'the same payee, date and amount'}. Claim the cost under one source only.`,
    },
    { ...clash },
  );

export const postedByHonorarium = () =>
  new AppError(BudgetErrorCode.POSTED_BY_HONORARIUM, {
    ja: 'この経費は謝金の支払いから計上されたものです。謝金の側で扱ってください。',
    en: 'This expense was posted by a paid honorarium; handle it through the honorarium.',
  });

/** A category filed under a sub-cap the rule set does not allow it in, or under its second one without a reason. */
export const wrongSubCap = (p: { category: ExpenseCategory; categoryLabel: string; subCap: SubCap; allowed: readonly SubCap[]; reasonNeeded: boolean }, field = 'subCap') =>
  new AppError(
    BudgetErrorCode.WRONG_SUB_CAP,
    p.reasonNeeded
      ? {
          ja: `${p.categoryLabel}を${SUB_CAP_SHORT_LABELS[p.subCap]}に計上するには、その理由を入力してください（通常は${SUB_CAP_SHORT_LABELS[p.allowed[0]!]}です）。`,
          en: `To file ${p.category} under ${SUB_CAP_SHORT_LABELS_EN[p.subCap]}, say why (it usually belongs under ${SUB_CAP_SHORT_LABELS_EN[p.allowed[0]!]}).`,
        }
      : {
          ja: `${p.categoryLabel}は${p.allowed.map((s) => SUB_CAP_SHORT_LABELS[s]).join('または')}の経費です。${SUB_CAP_SHORT_LABELS[p.subCap]}には計上できません。`,
          en: `${p.category} belongs under ${p.allowed.map((s) => SUB_CAP_SHORT_LABELS_EN[s]).join(' or ')}; it cannot be filed under ${SUB_CAP_SHORT_LABELS_EN[p.subCap]}.`,
        },
    { field: p.reasonNeeded ? field.replace(/subCap$/, 'subCapReason') : field, category: p.category, subCap: p.subCap, allowed: [...p.allowed] },
  );

/** A payee who already has a live honorarium for the same meeting or activity and role. */
export const duplicateHonorarium = (p: { payeeName: string; role: string; existingId: string | null; existingState: string | null }) =>
  new AppError(
    BudgetErrorCode.DUPLICATE_HONORARIUM,
    {
      ja: `${p.payeeName ? `${p.payeeName}さん` : 'この支払先'}には、この${p.role === 'LECTURER' ? '講師' : '会議出席'}の謝金がすでにあります${p.existingState ? `（${STATE_LABELS[p.existingState] ?? p.existingState}）` : ''}。同じ人に二重に支払うことはできません。作り直す場合は、先の謝金を取り消してください。`,
      en: `${p.payeeName || 'This payee'} already has an honorarium for this ${p.role === 'LECTURER' ? 'lecture' : 'attendance'}${p.existingState ? ` (${p.existingState})` : ''}; nobody is paid twice. To issue it again, cancel the first one.`,
    },
    { field: 'inviteeId', existingHonorariumId: p.existingId, existingState: p.existingState },
  );

const STATE_LABELS: Record<string, string> = { PLANNED: '予定', APPROVED: '承認済み', PAID: '支払済み' };
