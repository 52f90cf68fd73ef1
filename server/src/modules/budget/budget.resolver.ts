import { InputRule } from '../../platform/input-guard.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { HubEventData } from '../../platform/event-bus.js';
import { hubEventStream, type StreamArgs } from '../live/live.streams.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Access, mayCall } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { fiscalYearLabel } from '../../platform/fiscal-year.js';
import { Budget, Expense, Honorarium } from './budget.entity.js';
import { PlanHonorariumInput, RecordExpenseInput } from './budget.inputs.js';
import { BudgetSummary, FundingClashType, HonorariumViewerCan, PayeeTotal } from './budget.types.js';
import { HonorariumAction, honorariumRefusal } from './honorarium.rules.js';
import { ruleSetOfBudget } from './subsidy-rule-sets.js';
import { AuditedRead } from '../audit/audited-read.js';

const FINANCE_READERS = [Access.SECRETARIAT, Access.HEALTH_CENTER, Access.PREFECTURE_ADMIN];

/** Records whose changes change a budget's summary. */
const BUDGET_RECORDS = new Set(['Budget', 'Expense', 'Honorarium', 'BudgetLine']);

@Resolver(() => Budget)
export class BudgetResolver {
  @Subscription(() => BudgetSummary, {
    description: 'The budget summary of a fiscal year, sent again whenever an expense, honorarium or the budget changes.',
    subscribe: ({ args, context }) => hubEventStream(context as Context, args as StreamArgs, (e) => BUDGET_RECORDS.has(e.entityType)),
  })
  budgetSummaryChanged(
    @Root() _event: HubEventData,
    @Arg('hubId', () => ID) hubId: string,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Ctx() ctx: Context,
  ): Promise<BudgetSummary> {
    return ctx.services.budget.summary(ctx.db.hub(hubId), fiscalYear);
  }

  @Authorized(...FINANCE_READERS)
  @Query(() => Budget, { description: "The hub's budget for a fiscal year (secretariat, health centre, prefecture)." })
  budget(@Arg('hubId', () => ID) hubId: string, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context): Promise<Budget> {
    return ctx.services.budget.get(ctx.db.hub(hubId), fiscalYear);
  }

  @Authorized(...FINANCE_READERS)
  @AuditedRead('honoraria: payees and amounts')
  @Query(() => [Honorarium], { description: 'Honoraria of a fiscal year.' })
  honoraria(@Arg('hubId', () => ID) hubId: string, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context): Promise<Honorarium[]> {
    return ctx.services.budget.honoraria(ctx.db.hub(hubId), fiscalYear);
  }

  @Authorized(Access.SECRETARIAT, Access.PREFECTURE_ADMIN)
  @AuditedRead('payees: names and yearly totals')
  @Query(() => [PayeeTotal], { description: 'Paid honoraria per payee in a calendar year, for the year-end payment record (支払調書).' })
  honorariumPayeeTotals(@Arg('hubId', () => ID) hubId: string, @Arg('year', () => Int, { description: 'Calendar year of payment.' }) year: number, @Ctx() ctx: Context): Promise<PayeeTotal[]> {
    return ctx.services.budget.payeeTotals(ctx.db.hub(hubId), year);
  }

  @Authorized(...FINANCE_READERS)
  @Query(() => [FundingClashType], { description: 'Costs suspected of being claimed under both the hub subsidy and a municipal programme in a fiscal year.' })
  doubleFundingSuspects(@Arg('hubId', () => ID) hubId: string, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context): Promise<FundingClashType[]> {
    return ctx.services.budget.suspects(ctx.db.hub(hubId), fiscalYear);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Budget, { description: "Opens the hub's budget for a fiscal year with the caps of the subsidy rules in force (secretariat)." })
  openBudget(@Arg('hubId', () => ID) hubId: string, @Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context): Promise<Budget> {
    return ctx.services.budget.open(ctx.db.hub(hubId), hubId, fiscalYear);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Expense, { description: 'Records an expense; refused when ineligible, outside the fiscal year, over a cap or double-funded (secretariat).' })
  recordExpense(@Arg('input', () => RecordExpenseInput) input: RecordExpenseInput, @Ctx() ctx: Context): Promise<Expense> {
    return ctx.services.budget.record(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Expense, { description: 'Removes an expense that no honorarium posted (secretariat).' })
  deleteExpense(@Arg('hubId', () => ID) hubId: string, @Arg('expenseId', () => ID) expenseId: string, @Ctx() ctx: Context): Promise<Expense> {
    return ctx.services.budget.remove(ctx.db.hub(hubId), hubId, expenseId);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Honorarium, { description: 'Plans an honorarium for a meeting invitee or an activity lecturer; withholding is computed (secretariat).' })
  planHonorarium(@Arg('input', () => PlanHonorariumInput) input: PlanHonorariumInput, @Ctx() ctx: Context): Promise<Honorarium> {
    return ctx.services.budget.planHonorarium(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Honorarium, { description: 'Approves an honorarium; the payee must be recorded as attending (or as lecturer at a held activity) (secretariat).' })
  approveHonorarium(@Arg('hubId', () => ID) hubId: string, @Arg('honorariumId', () => ID) honorariumId: string, @Ctx() ctx: Context): Promise<Honorarium> {
    return ctx.services.budget.approveHonorarium(ctx.db.hub(hubId), hubId, honorariumId);
  }

  @Authorized(Access.SECRETARIAT)
  @InputRule({ args: { doubleFundingReason: { multiline: true } } })
  @Mutation(() => Honorarium, { description: 'Records payment of an approved honorarium; it posts itself into ② as 報償費 (secretariat).' })
  payHonorarium(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('honorariumId', () => ID) honorariumId: string,
    @Arg('paidOn', () => LocalDateResolver) paidOn: string,
    @Ctx() ctx: Context,
    @Arg('doubleFundingReason', () => String, { nullable: true, description: 'Why the payment is not the cost a municipality claimed with the same payee and amount a few days apart (see recordExpense).' })
    doubleFundingReason?: string | null,
  ): Promise<Honorarium> {
    return ctx.services.budget.payHonorarium(ctx.db.hub(hubId), hubId, honorariumId, paidOn, doubleFundingReason);
  }

  @Authorized(Access.SECRETARIAT)
  @InputRule({ args: { reason: { multiline: true } } })
  @Mutation(() => Honorarium, { description: 'Cancels an honorarium not yet paid; it stays on record with the reason, and its payee can be planned again (secretariat).' })
  cancelHonorarium(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('honorariumId', () => ID) honorariumId: string,
    @Arg('reason', () => String, { description: 'Why it is cancelled.' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Honorarium> {
    return ctx.services.budget.cancelHonorarium(ctx.db.hub(hubId), hubId, honorariumId, reason);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Honorarium, { description: 'Removes an honorarium not yet paid (secretariat).' })
  deleteHonorarium(@Arg('hubId', () => ID) hubId: string, @Arg('honorariumId', () => ID) honorariumId: string, @Ctx() ctx: Context): Promise<Honorarium> {
    return ctx.services.budget.removeHonorarium(ctx.db.hub(hubId), hubId, honorariumId);
  }

  @FieldResolver(() => String, { description: 'Fiscal year in era form.' })
  label(@Root() budget: Budget): string {
    return fiscalYearLabel(budget.fiscalYear);
  }

  @FieldResolver(() => BudgetSummary, { description: 'Planned, actual, remaining, burn rate, projection and warnings per sub-cap and category.' })
  summary(@Root() budget: Budget, @Ctx() ctx: Context): Promise<BudgetSummary> {
    return ctx.services.budget.summary(ctx.db.hub(budget.hubId), budget.fiscalYear);
  }

  @FieldResolver(() => [Expense], { description: 'The ledger: every expense of the year, by date.' })
  expenses(@Root() budget: Budget, @Ctx() ctx: Context): Promise<Expense[]> {
    return ctx.services.budget.expenses(ctx.db.hub(budget.hubId), budget.fiscalYear);
  }

  @FieldResolver(() => [String], { description: 'Words that mark a cost as a meal (会食) under the rule set of this budget: a cost naming one needs the reason it is not a meal.' })
  mealWords(@Root() budget: Budget): readonly string[] {
    return ruleSetOfBudget(budget)?.mealWords ?? [];
  }

  @FieldResolver(() => String, { description: 'Path of the Excel performance report (実績報告).' })
  performanceReportPath(@Root() budget: Budget): string {
    return `/hubs/${budget.hubId}/reports/${budget.fiscalYear}/performance.xlsx`;
  }

  @FieldResolver(() => String, { description: 'Path of the Excel budget statement (収支予算書).' })
  budgetStatementPath(@Root() budget: Budget): string {
    return `/hubs/${budget.hubId}/reports/${budget.fiscalYear}/budget-statement.xlsx`;
  }

  @FieldResolver(() => String, { description: 'Path of the expense ledger as CSV.' })
  ledgerCsvPath(@Root() budget: Budget): string {
    return `/hubs/${budget.hubId}/reports/${budget.fiscalYear}/ledger.csv`;
  }
}

@Resolver(() => Honorarium)
export class HonorariumResolver {
  @FieldResolver(() => HonorariumViewerCan, { description: 'What you may do to this honorarium now, as the server will answer it.' })
  viewerCan(@Root() honorarium: Honorarium, @Ctx() ctx: Context): HonorariumViewerCan {
    const can = (operation: string, action: HonorariumAction) => mayCall(ctx.viewer, operation, honorarium.hubId) && honorariumRefusal(action, honorarium.state) === null;
    return {
      approve: can('approveHonorarium', HonorariumAction.APPROVE),
      pay: can('payHonorarium', HonorariumAction.PAY),
      cancel: can('cancelHonorarium', HonorariumAction.CANCEL),
      remove: can('deleteHonorarium', HonorariumAction.REMOVE),
    };
  }
}
