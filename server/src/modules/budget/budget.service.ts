import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../platform/errors.js';
import { fiscalYearOf, isInFiscalYear, tokyoCalendarDate } from '../../platform/fiscal-year.js';
import { inHub } from '../../platform/tenancy.js';
import { optionalText, requiredText } from '../../platform/validation.js';
import type { ActivityLecturer } from '../activity/activity.entity.js';
import { lecturerOf, type ActivityService } from '../activity/activity.service.js';
import type { Invitee } from '../meeting/meeting.entity.js';
import type { MeetingService } from '../meeting/meeting.service.js';
import type { PlanService } from '../plan/plan.service.js';
import { placeInSubCap } from './sub-cap.js';
import { EXPENSE_CATEGORY_LABELS, ExpenseCategory, SUB_CAP_SHORT_LABELS, SubCap } from './expense-category.js';
import { Budget, Expense, Honorarium, LIVE_HONORARIUM_STATES } from './budget.entity.js';
import { HonorariumRole, HonorariumState, type PayeeType, type BudgetLineSummary, type BudgetSummary, type PayeeTotal } from './budget.types.js';
import { HONORARIUM_MOVES_TO, HonorariumAction, honorariumRefusal, payeeKey } from './honorarium.rules.js';
import {
  budgetExists,
  capExceeded,
  doubleFunding,
  doubleFundingSuspected,
  duplicateHonorarium,
  ineligibleMeal,
  mealSuspected,
  noBudget,
  notAttended,
  outsideFiscalYear,
  postedByHonorarium,
  wrongHonorariumState,
  type FundingClash,
} from './budget.errors.js';
import type { PlanHonorariumInput, RecordExpenseInput } from './budget.inputs.js';
import { budgetWarnings, burnLevel, capProblem, withholdingTax, yearEndProjection, type PlanCaps, type Spent } from './budget.rules.js';
import { mealWordsIn } from './meal.rules.js';
import { clashesOfExpense, suspects, type MunicipalClaims } from './funding.js';
import { capsOfRuleSet, ruleSetFor, ruleSetOfBudget } from './subsidy-rule-sets.js';

type PlannedLine = { subCap: SubCap; category: ExpenseCategory; plannedYen: number };
type ExpenseData = Omit<RecordExpenseInput, 'hubId' | 'isMeal'> & { honorariumId?: string | null };

const HONORARIUM = { ja: '謝金', en: 'The honorarium' };

export class BudgetService {
  constructor(private readonly deps: { meetings: MeetingService; activities: ActivityService; plans: PlanService; claims: MunicipalClaims }) {}

  /** Every suspected double claim of a fiscal year, for review. */
  suspects(em: EntityManager, fiscalYear: number): Promise<FundingClash[]> {
    return suspects(em, fiscalYear, this.deps.claims);
  }

  /**
   * The caps a plan of the year is held to: its budget's, once opened (copied from the rule set then),
   * else the rule set's in force for the year.
   */
  async capsOfYear(tx: EntityManager, fiscalYear: number): Promise<PlanCaps | null> {
    const budget = await tx.findOne(Budget, { fiscalYear });
    if (budget) return { totalYen: budget.capTotalYen, subCaps: { COORDINATOR_PERSONNEL: budget.capPersonnelYen, OFFICE: budget.capOfficeYen } };
    const rules = ruleSetFor(fiscalYear);
    return rules ? capsOfRuleSet(rules) : null;
  }

  /** Whether an invitee has an honorarium (planned, approved or paid): then they stay on the meeting. */
  async anyForInvitee(em: EntityManager, inviteeId: string): Promise<boolean> {
    return (await em.count(Honorarium, { invitee: inviteeId })) > 0;
  }

  /** The year's honoraria in the order they were paid (unpaid last, by planning). */
  honorariaOfYearByPayment(em: EntityManager, fiscalYear: number): Promise<Honorarium[]> {
    return em.find(Honorarium, { fiscalYear }, { orderBy: { paidOn: 'asc', createdAt: 'asc' } });
  }

  /** The honoraria of a meeting, in the order they were planned. */
  honorariaOfMeeting(em: EntityManager, meetingId: string): Promise<Honorarium[]> {
    return em.find(Honorarium, { meetingId }, { orderBy: { createdAt: 'asc' } });
  }

  open(em: EntityManager, hubId: string, fiscalYear: number): Promise<Budget> {
    const rules = ruleSetFor(fiscalYear);
    if (!rules) throw badInput('fiscalYear', { ja: 'この年度に適用される補助要件がありません。', en: 'No subsidy rules apply to that fiscal year.' });
    return inHub(em, hubId, async (tx) => {
      if (await tx.count(Budget, { fiscalYear })) throw budgetExists(fiscalYear);
      const budget = tx.create(Budget, {
        hub: hubId,
        fiscalYear,
        ruleSetVersion: rules.version,
        capTotalYen: rules.capTotalYen,
        capPersonnelYen: rules.subCaps.COORDINATOR_PERSONNEL.capYen,
        capOfficeYen: rules.subCaps.OFFICE.capYen,
      });
      await tx.flush();
      return budget;
    });
  }

  async get(em: EntityManager, fiscalYear: number): Promise<Budget> {
    const budget = await em.findOne(Budget, { fiscalYear });
    if (!budget) throw noBudget(fiscalYear);
    return budget;
  }

  expenses(em: EntityManager, fiscalYear: number): Promise<Expense[]> {
    return em.find(Expense, { budget: { fiscalYear } }, { orderBy: { spentOn: 'asc', createdAt: 'asc' } });
  }

  record(em: EntityManager, input: RecordExpenseInput): Promise<Expense> {
    const rules = ruleSetFor(fiscalYearOf(input.spentOn));
    const rule = rules?.mealRule ?? '会食に要する経費は補助対象外です。';
    if (input.isMeal) throw ineligibleMeal(rule);
    const words = mealWordsIn(`${input.description ?? ''} ${input.payee ?? ''}`, rules?.mealWords ?? []);
    if (words.length && !input.notMealReason?.trim()) throw mealSuspected(rule, words);
    return inHub(em, input.hubId, (tx) => this.post(tx, input.hubId, input));
  }

  async remove(em: EntityManager, hubId: string, expenseId: string): Promise<Expense> {
    return inHub(em, hubId, async (tx) => {
      const expense = await tx.findOne(Expense, { id: expenseId });
      if (!expense) throw notFound({ ja: '経費', en: 'The expense' });
      if (expense.honorariumId) throw postedByHonorarium();
      tx.remove(expense);
      await tx.flush();
      return expense;
    });
  }

  /**
   * Posts an expense inside the caller's transaction. The budget row is locked first, so
   * concurrent postings to the same budget take turns and each sees the others' amounts:
   * the cap check and the insert are one step for the database.
   */
  async post(tx: EntityManager, hubId: string, data: ExpenseData): Promise<Expense> {
    const fiscalYear = fiscalYearOf(data.spentOn);
    const budget = await tx.findOne(Budget, { fiscalYear }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!budget) throw noBudget(fiscalYear);
    if (!isInFiscalYear(data.spentOn, budget.fiscalYear)) throw outsideFiscalYear(data.spentOn, budget.fiscalYear);
    if (!Number.isInteger(data.amountYen) || data.amountYen <= 0) {
      throw badInput('amountYen', { ja: '金額は1円以上の整数で入力してください。', en: 'Enter the amount as a whole number of yen above zero.' });
    }
    const rules = ruleSetOfBudget(budget);
    if (!rules) throw badInput('spentOn', { ja: 'この予算に適用される補助要件がありません。', en: 'No subsidy rules apply to this budget.' });
    const placed = placeInSubCap(rules, data, 'subCap');
    const problem = capProblem(caps(budget), await this.spent(tx, budget.id), placed.subCap, data.amountYen);
    if (problem) throw capExceeded(problem);
    if (data.meetingId && !(await this.deps.meetings.exists(tx, data.meetingId))) throw notFound({ ja: '会議', en: 'The meeting' });
    if (data.activityId && !(await this.deps.activities.exists(tx, data.activityId))) throw notFound({ ja: '事業実施の記録', en: 'The activity' });
    const expense = tx.create(Expense, {
      hub: hubId,
      budget,
      spentOn: data.spentOn,
      subCap: placed.subCap,
      subCapReason: placed.subCapReason,
      category: data.category,
      amountYen: data.amountYen,
      description: requiredText('description', { ja: '内容', en: 'description' }, data.description),
      payee: optionalText('payee', { ja: '支払先', en: 'payee' }, data.payee) ?? '',
      meetingId: data.meetingId ?? null,
      activityId: data.activityId ?? null,
      honorariumId: data.honorariumId ?? null,
      receiptRef: optionalText('receiptRef', { ja: '証憑番号', en: 'receipt reference' }, data.receiptRef) ?? '',
      notMealReason: optionalText('notMealReason', { ja: '会食でない理由', en: 'why it is not a meal' }, data.notMealReason),
    });
    const clashes = await clashesOfExpense(tx, hubId, expense, this.deps.claims);
    const exact = clashes.find((c) => c.match === 'EXACT');
    if (exact) throw doubleFunding(exact);
    const near = clashes.find((c) => c.match === 'NEAR');
    if (near) {
      expense.doubleFundingReason = optionalText('doubleFundingReason', { ja: '別の費用である理由', en: 'why it is a different cost' }, data.doubleFundingReason);
      if (!expense.doubleFundingReason) throw doubleFundingSuspected(near);
    }
    await tx.flush();
    return expense;
  }

  async summary(em: EntityManager, fiscalYear: number, now = new Date()): Promise<BudgetSummary> {
    const budget = await this.get(em, fiscalYear);
    const today = tokyoCalendarDate(now);
    const rows = await em.execute<{ sub_cap: SubCap; category: ExpenseCategory; total: string }[]>(
      'select sub_cap, category, sum(amount_yen) as total from expense where budget_id = ? group by sub_cap, category',
      [budget.id],
    );
    const planned = await this.plannedLines(em, fiscalYear);
    const actualOf = (test: (r: { sub_cap: SubCap; category: ExpenseCategory }) => boolean) => rows.filter(test).reduce((s, r) => s + Number(r.total), 0);
    const plannedOf = (test: (l: PlannedLine) => boolean) => planned.filter(test).reduce((s, l) => s + l.plannedYen, 0);
    const line = (key: string, label: string, capYen: number | null, plannedYen: number, actualYen: number): BudgetLineSummary => {
      const reference = capYen ?? plannedYen;
      return {
        key,
        label,
        capYen,
        plannedYen,
        actualYen,
        remainingYen: capYen !== null ? capYen - actualYen : plannedYen - actualYen,
        burnRate: reference > 0 ? Math.round((actualYen / reference) * 1000) / 1000 : null,
        projectedYen: yearEndProjection(actualYen, fiscalYear, today),
        level: burnLevel(actualYen, reference),
      };
    };
    const total = line('TOTAL', '補助金合計', budget.capTotalYen, plannedOf(() => true), actualOf(() => true));
    const subCaps = [SubCap.COORDINATOR_PERSONNEL, SubCap.OFFICE].map((sc) =>
      line(sc, SUB_CAP_SHORT_LABELS[sc], caps(budget).subCaps[sc], plannedOf((l) => l.subCap === sc), actualOf((r) => r.sub_cap === sc)),
    );
    const categories = Object.values(ExpenseCategory).map((c) => line(c, EXPENSE_CATEGORY_LABELS[c], null, plannedOf((l) => l.category === c), actualOf((r) => r.category === c)));
    return { total, subCaps, categories, warnings: budgetWarnings([total, ...subCaps]) };
  }

  // Honoraria

  honoraria(em: EntityManager, fiscalYear: number): Promise<Honorarium[]> {
    return em.find(Honorarium, { fiscalYear }, { orderBy: { createdAt: 'asc' } });
  }

  /**
   * Plans an honorarium for an invitee of a meeting or a lecturer of an activity. One payee has one
   * live honorarium per occasion and role: a second is refused (cancel the first to re-issue), by
   * the check here for a clear answer and by the partial unique indexes for requests that race.
   */
  async planHonorarium(em: EntityManager, input: PlanHonorariumInput): Promise<Honorarium> {
    try {
      return await inHub(em, input.hubId, async (tx) => {
        if (!Number.isInteger(input.grossYen) || input.grossYen <= 0) throw badInput('grossYen', { ja: '謝金額は1円以上の整数で入力してください。', en: 'Enter the gross amount as whole yen above zero.' });
        let meetingId: string | null = null;
        let activityId: string | null = null;
        let payeeName: string;
        let date: string;
        let invitee: Invitee | null = null;
        let lecturer: ActivityLecturer | null = null;
        if (input.inviteeId) {
          invitee = await this.deps.meetings.invitee(tx, input.inviteeId);
          meetingId = invitee.meeting.id;
          payeeName = invitee.name;
          date = tokyoCalendarDate(invitee.meeting.getEntity().startsAt);
        } else if (input.activityId) {
          const activity = await this.deps.activities.get(tx, input.activityId);
          if (!activity.startsOn) throw badInput('activityId', { ja: '日付のない事業実施には謝金を予定できません。', en: 'The activity has no date.' });
          if (input.lecturerId) {
            lecturer = await this.deps.activities.lecturer(tx, activity, input.lecturerId);
          } else {
            lecturer = await lecturerOf(tx, input.hubId, activity, requiredText('payeeName', { ja: '支払先', en: 'payee' }, input.payeeName ?? ''));
          }
          activityId = activity.id;
          payeeName = lecturer.name;
          date = activity.startsOn;
        } else {
          throw badInput('inviteeId', { ja: '会議の招待者か事業実施を指定してください。', en: 'Name a meeting invitee or an activity.' });
        }
        const key = payeeKey(payeeName);
        const existing = await tx.findOne(Honorarium, {
          ...(meetingId ? { meetingId } : { activityId }),
          role: input.role,
          payeeKey: key,
          state: { $in: [...LIVE_HONORARIUM_STATES] },
          duplicateBeforeRule: false,
        });
        if (existing) throw duplicateHonorarium({ payeeName, role: input.role, existingId: existing.id, existingState: existing.state });
        const withholdingYen = withholdingTax(input.grossYen, input.payeeType);
        const honorarium = tx.create(Honorarium, {
          hub: input.hubId,
          fiscalYear: fiscalYearOf(date),
          meetingId,
          invitee,
          activityId,
          lecturer,
          payeeName,
          payeeKey: key,
          payeeType: input.payeeType,
          role: input.role,
          grossYen: input.grossYen,
          withholdingYen,
          netYen: input.grossYen - withholdingYen,
        });
        await tx.flush();
        return honorarium;
      });
    } catch (error) {
      // Another request planned the same payee's honorarium between our check and our insert.
      if (error instanceof UniqueConstraintViolationException && /honorarium_(meeting|activity)_payee_role_unique/.test(error.message)) {
        throw duplicateHonorarium({ payeeName: input.payeeName ?? '', role: input.role, existingId: null, existingState: null });
      }
      throw error;
    }
  }

  /** Cancels an honorarium not yet paid: it stays on record, and its payee may be planned again. */
  cancelHonorarium(em: EntityManager, hubId: string, honorariumId: string, reason: string): Promise<Honorarium> {
    return inHub(em, hubId, async (tx) => {
      const honorarium = await this.honorarium(tx, honorariumId, HonorariumAction.CANCEL);
      honorarium.state = HONORARIUM_MOVES_TO.CANCEL!;
      honorarium.cancelReason = requiredText('reason', { ja: '取消の理由', en: 'reason for cancelling' }, reason);
      await tx.flush();
      return honorarium;
    });
  }

  /** Approval needs the payee recorded as attending the meeting, or as lecturer at an activity that has taken place. */
  approveHonorarium(em: EntityManager, hubId: string, honorariumId: string, now = new Date()): Promise<Honorarium> {
    return inHub(em, hubId, async (tx) => {
      const honorarium = await this.honorarium(tx, honorariumId, HonorariumAction.APPROVE);
      if (honorarium.invitee) {
        const invitee = await this.deps.meetings.invitee(tx, honorarium.invitee.id);
        if (invitee.attended === null || invitee.attended === undefined) throw notAttended(honorarium.payeeName, 'NOT_RECORDED');
        if (!invitee.attended) throw notAttended(honorarium.payeeName, 'ABSENT');
      } else if (honorarium.activityId) {
        if (honorarium.role !== HonorariumRole.LECTURER) throw notAttended(honorarium.payeeName, 'NOT_LECTURER');
        const activity = await this.deps.activities.get(tx, honorarium.activityId);
        if (!activity.startsOn || activity.startsOn > tokyoCalendarDate(now)) throw notAttended(honorarium.payeeName, 'NOT_HELD');
      } else {
        throw notAttended(honorarium.payeeName, 'NOT_RECORDED');
      }
      honorarium.state = HONORARIUM_MOVES_TO.APPROVE!;
      await tx.flush();
      return honorarium;
    });
  }

  /** Paying posts the gross amount as 報償費 (under its own sub-cap, ②), through the same cap check as any expense. */
  payHonorarium(em: EntityManager, hubId: string, honorariumId: string, paidOn: string, doubleFundingReason?: string | null): Promise<Honorarium> {
    return inHub(em, hubId, async (tx) => {
      const honorarium = await this.honorarium(tx, honorariumId, HonorariumAction.PAY);
      honorarium.state = HONORARIUM_MOVES_TO.PAY!;
      honorarium.paidOn = paidOn;
      await this.post(tx, hubId, {
        spentOn: paidOn,
        category: ExpenseCategory.HONORARIA,
        amountYen: honorarium.grossYen,
        description: `謝金（${honorarium.role === HonorariumRole.LECTURER ? '講師' : '会議出席'}）${honorarium.payeeName}`,
        payee: honorarium.payeeName,
        meetingId: honorarium.meetingId ?? null,
        activityId: honorarium.activityId ?? null,
        honorariumId: honorarium.id,
        doubleFundingReason,
      });
      return honorarium;
    });
  }

  removeHonorarium(em: EntityManager, hubId: string, honorariumId: string): Promise<Honorarium> {
    return inHub(em, hubId, async (tx) => {
      const honorarium = await this.honorarium(tx, honorariumId, HonorariumAction.REMOVE);
      tx.remove(honorarium);
      await tx.flush();
      return honorarium;
    });
  }

  /** Paid honoraria per payee in a calendar year (the 支払調書 runs January–December). */
  async payeeTotals(em: EntityManager, year: number): Promise<PayeeTotal[]> {
    const paid = await em.find(Honorarium, { state: HonorariumState.PAID, paidOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { paidOn: 'asc' } });
    const totals = new Map<string, PayeeTotal>();
    for (const h of paid) {
      // The same person typed two ways (a full-width space, say) is one payee on the 支払調書.
      const key = `${h.payeeType}|${h.payeeKey}`;
      const t = totals.get(key) ?? { payeeName: h.payeeName, payeeType: h.payeeType as PayeeType, payments: 0, grossYen: 0, withholdingYen: 0, netYen: 0 };
      t.payments += 1;
      t.grossYen += h.grossYen;
      t.withholdingYen += h.withholdingYen;
      t.netYen += h.netYen;
      totals.set(key, t);
    }
    return [...totals.values()].sort((a, b) => a.payeeName.localeCompare(b.payeeName, 'ja'));
  }

  /** The honorarium, refused unless its state opens the action (honorarium.rules.ts). */
  private async honorarium(tx: EntityManager, id: string, action: HonorariumAction): Promise<Honorarium> {
    const honorarium = await tx.findOne(Honorarium, { id });
    if (!honorarium) throw notFound(HONORARIUM);
    const needed = honorariumRefusal(action, honorarium.state);
    if (needed) throw wrongHonorariumState(honorarium.state, needed);
    return honorarium;
  }

  private async spent(tx: EntityManager, budgetId: string): Promise<Spent> {
    const rows = await tx.execute<{ sub_cap: SubCap; total: string }[]>('select sub_cap, sum(amount_yen) as total from expense where budget_id = ? group by sub_cap', [budgetId]);
    const subCaps = { COORDINATOR_PERSONNEL: 0, OFFICE: 0 } as Record<SubCap, number>;
    for (const r of rows) subCaps[r.sub_cap] = Number(r.total);
    return { total: subCaps.COORDINATOR_PERSONNEL + subCaps.OFFICE, subCaps };
  }

  /**
   * The planned lines the budget is read against: the adopted plan's, as frozen in its latest
   * adopted version, so a draft being edited does not move the budget; before any adoption, the
   * draft's lines.
   */
  private plannedLines(em: EntityManager, fiscalYear: number): Promise<PlannedLine[]> {
    return this.deps.plans.linesBudgetedFor(em, fiscalYear);
  }

}

export function caps(budget: Budget) {
  return { total: budget.capTotalYen, subCaps: { COORDINATOR_PERSONNEL: budget.capPersonnelYen, OFFICE: budget.capOfficeYen } as Record<SubCap, number> };
}

