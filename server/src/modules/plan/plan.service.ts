import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../platform/errors.js';
import { inHub } from '../../platform/tenancy.js';
import { optionalText, requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import { LockMode } from '@mikro-orm/core';
import { plannedTotals, type PlanCaps } from '../budget/budget.rules.js';
import { placeInSubCap } from '../budget/sub-cap.js';
import type { ExpenseCategory, SubCap } from '../budget/expense-category.js';
import { ruleSetFor, type SubsidyRuleSet } from '../budget/subsidy-rule-sets.js';
import { openCycle, type ProjectReadiness } from '../cycle/cycle.service.js';
import type { Cycle } from '../cycle/cycle.entity.js';
import type { Issue } from '../issue/issue.entity.js';
import type { IssueService } from '../issue/issue.service.js';
import type { AdoptPlanInput, BudgetLineInput, CreateProjectInput, IndicatorInput, PlannedActivityInput, UpdateProjectInput } from './plan.inputs.js';
import { planEmpty, planOverCap, wrongPlanState } from './plan.errors.js';
import { Plan } from './plan.entity.js';
import { PlanState } from './plan.types.js';
import { diffPlans, PLAN_MOVES, type PlanDifference, type PlanSnapshot } from './plan.rules.js';
import { PlanVersion } from './plan-version.entity.js';
import { BudgetLine, Indicator, PlannedActivity, Project, ProjectIssue } from './project.entity.js';

export const PLAN = { ja: '事業計画', en: 'The business plan' };
export const PROJECT = { ja: '事業', en: 'The project' };
const text = {
  title: { ja: '事業名', en: 'title' },
  objective: { ja: '目的', en: 'objective' },
  indicator: { ja: '指標名', en: 'indicator name' },
  unit: { ja: '単位', en: 'unit' },
  line: { ja: '内訳', en: 'description' },
  activity: { ja: '予定する取組', en: 'planned activity' },
};

/** What adopting asks of the meeting module, which itself knows projects. */
export type AdoptionMeetings = { exists(tx: EntityManager, meetingId: string): Promise<boolean> };
/** What the plan's cap checks ask of the budget module, which itself reads the plan. */
export type YearCaps = { ofYear(tx: EntityManager, fiscalYear: number): Promise<PlanCaps | null> };

export class PlanService {
  constructor(private readonly deps: { issues: IssueService; meetings: AdoptionMeetings; caps: YearCaps }) {}

  /**
   * The planned lines a year's budget is read against: the adopted plan's, as frozen in its latest
   * adopted version, so a draft being edited does not move the budget; before any adoption, the
   * draft's lines.
   */
  async linesBudgetedFor(em: EntityManager, fiscalYear: number): Promise<{ subCap: SubCap; category: ExpenseCategory; plannedYen: number }[]> {
    const plan = await em.findOne(Plan, { cycle: { fiscalYear } });
    if (!plan) return [];
    const adopted = await em.findOne(PlanVersion, { plan, state: PlanState.ADOPTED }, { orderBy: { number: 'desc' } });
    if (adopted) return adopted.snapshot.projects.flatMap((p) => p.budgetLines.map((l) => ({ subCap: l.subCap as SubCap, category: l.category as ExpenseCategory, plannedYen: l.plannedYen })));
    const projects = await em.find(Project, { plan }, { fields: ['id'] });
    return em.find(BudgetLine, { project: { $in: projects.map((p) => p.id) } });
  }

  /** The cycle a project's plan belongs to. */
  async cycleIdOf(tx: EntityManager, project: Project): Promise<string> {
    return (await this.get(tx, project.plan.id)).cycle.id;
  }

  /** The projects of plans circulated for comment, in plan order. */
  circulatedProjects(em: EntityManager): Promise<Project[]> {
    return em.find(Project, { plan: { state: PlanState.CIRCULATED } }, { orderBy: { position: 'asc' } });
  }

  exists(tx: EntityManager, projectId: string): Promise<boolean> {
    return this.allOwnProjects(tx, [projectId]);
  }

  /** Records the actual values of a project's indicators (evaluation). */
  async recordActuals(tx: EntityManager, project: Project, actuals: { indicatorId: string; actual: number }[]): Promise<void> {
    const indicators = new Map((await tx.find(Indicator, { project })).map((i) => [i.id, i]));
    for (const { indicatorId, actual } of actuals) {
      const indicator = indicators.get(indicatorId);
      if (!indicator) throw badInput('actuals.indicatorId', { ja: 'この事業の指標ではありません。', en: 'Not an indicator of this project.' });
      if (!Number.isFinite(actual)) throw badInput('actuals.actual', { ja: '実績値を数値で入力してください。', en: 'Enter the actual value as a number.' });
      indicator.actual = actual;
    }
  }

  /** Moves a merged duplicate's project links to the issue it was merged into. */
  async moveIssueLinks(tx: EntityManager, hubId: string, from: Issue, into: Issue): Promise<void> {
    const linked = new Set((await tx.find(ProjectIssue, { issue: into })).map((l) => l.project.id));
    for (const link of await tx.find(ProjectIssue, { issue: from })) {
      if (!linked.has(link.project.id)) tx.create(ProjectIssue, { hub: hubId, project: link.project, issue: into });
      tx.remove(link);
    }
  }

  start(tx: EntityManager, hubId: string, cycle: Cycle): void {
    tx.create(Plan, { hub: hubId, cycle });
  }

  async readiness(tx: EntityManager, cycleId: string): Promise<{ plan: { state: PlanState } | null; projects: ProjectReadiness[] }> {
    const plan = await tx.findOne(Plan, { cycle: cycleId });
    if (!plan) return { plan: null, projects: [] };
    const projects = await tx.find(Project, { plan }, { orderBy: { position: 'asc', createdAt: 'asc' } });
    const indicators = await tx.find(Indicator, { project: { $in: projects.map((p) => p.id) } });
    return {
      plan: { state: plan.state },
      projects: projects.map((project) => {
        const own = indicators.filter((i) => i.project.id === project.id);
        return {
          id: project.id,
          title: project.title,
          indicators: own.length,
          indicatorsWithoutTarget: own.filter((i) => i.target == null).length,
          indicatorsWithoutActual: own.filter((i) => i.actual == null).length,
        };
      }),
    };
  }

  /** Whether every id names a project of the hub the em is scoped to. */
  async allOwnProjects(em: EntityManager, projectIds: string[]): Promise<boolean> {
    return !projectIds.length || (await em.count(Project, { id: { $in: projectIds } })) === projectIds.length;
  }

  /** The issues a project answers. */
  async issuesOf(em: EntityManager, projectId: string): Promise<Issue[]> {
    return (await em.find(ProjectIssue, { project: projectId }, { populate: ['issue'] })).map((l) => l.issue.getEntity());
  }

  /** The projects that answer an issue. */
  async projectsAnswering(em: EntityManager, issueId: string): Promise<Project[]> {
    return (await em.find(ProjectIssue, { issue: issueId }, { populate: ['project'] })).map((l) => l.project.getEntity());
  }

  indicators(em: EntityManager, projectId: string): Promise<Indicator[]> {
    return em.find(Indicator, { project: projectId }, { orderBy: { createdAt: 'asc' } });
  }

  budgetLines(em: EntityManager, projectId: string): Promise<BudgetLine[]> {
    return em.find(BudgetLine, { project: projectId }, { orderBy: { createdAt: 'asc' } });
  }

  plannedActivities(em: EntityManager, projectId: string): Promise<PlannedActivity[]> {
    return em.find(PlannedActivity, { project: projectId }, { orderBy: { createdAt: 'asc' } });
  }

  async get(em: EntityManager, planId: string): Promise<Plan> {
    const plan = await em.findOne(Plan, { id: planId });
    if (!plan) throw notFound(PLAN);
    return plan;
  }

  ofCycle(em: EntityManager, cycleId: string): Promise<Plan | null> {
    return em.findOne(Plan, { cycle: cycleId });
  }

  projects(em: EntityManager, planId: string): Promise<Project[]> {
    return em.find(Project, { plan: planId }, { orderBy: { position: 'asc', createdAt: 'asc' } });
  }

  createProject(em: EntityManager, input: CreateProjectInput): Promise<Project> {
    return inHub(em, input.hubId, async (tx) => {
      const plan = await this.editablePlan(tx, input.planId);
      const project = tx.create(Project, {
        hub: input.hubId,
        plan,
        title: requiredText('title', text.title, input.title),
        objective: optionalText('objective', text.objective, input.objective, 5000) ?? '',
        position: await tx.count(Project, { plan }),
      });
      await this.replaceChildren(tx, input.hubId, project, input);
      await tx.flush();
      return project;
    });
  }

  updateProject(em: EntityManager, input: UpdateProjectInput): Promise<Project> {
    return inHub(em, input.hubId, async (tx) => {
      const project = await this.project(tx, input.projectId);
      assertVersion(project, input.version, PROJECT);
      await this.editablePlan(tx, project.plan.id);
      if (input.title != null) project.title = requiredText('title', text.title, input.title);
      if (input.objective != null) project.objective = optionalText('objective', text.objective, input.objective, 5000) ?? '';
      await this.replaceChildren(tx, input.hubId, project, input);
      // A change to the project's lists alone must still move its version on.
      project.updatedAt = new Date();
      await tx.flush();
      return project;
    });
  }

  deleteProject(em: EntityManager, hubId: string, projectId: string, version: number): Promise<Project> {
    return inHub(em, hubId, async (tx) => {
      const project = await this.project(tx, projectId);
      assertVersion(project, version, PROJECT);
      await this.editablePlan(tx, project.plan.id);
      tx.remove(project);
      await tx.flush();
      return project;
    });
  }

  circulate(em: EntityManager, hubId: string, planId: string, version: number): Promise<Plan> {
    return inHub(em, hubId, async (tx) => {
      const plan = await this.locked(tx, planId);
      assertVersion(plan, version, PLAN);
      const cycle = await openCycle(tx, plan.cycle.id);
      if (plan.state !== PLAN_MOVES.CIRCULATE.from) throw wrongPlanState({ ja: '回覧', en: 'circulated' }, plan.state, PLAN_MOVES.CIRCULATE.from);
      if ((await tx.count(Project, { plan })) === 0) throw planEmpty();
      await this.assertWithinCaps(tx, plan, cycle.fiscalYear, { ja: '回覧', en: 'circulated' });
      plan.state = PLAN_MOVES.CIRCULATE.to;
      await tx.flush();
      return plan;
    });
  }

  /** Adoption freezes the current version; it stays readable when the plan is edited later. */
  adopt(em: EntityManager, input: AdoptPlanInput): Promise<Plan> {
    return inHub(em, input.hubId, async (tx) => {
      const plan = await this.locked(tx, input.planId);
      assertVersion(plan, input.version, PLAN);
      const cycle = await openCycle(tx, plan.cycle.id);
      if (plan.state !== PLAN_MOVES.ADOPT.from) throw wrongPlanState({ ja: '決定', en: 'adopted' }, plan.state, PLAN_MOVES.ADOPT.from);
      await this.assertWithinCaps(tx, plan, cycle.fiscalYear, { ja: '決定', en: 'adopted' });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.adoptedOn)) throw badInput('adoptedOn', { ja: '決定日を入力してください。', en: 'Enter the date of adoption.' });
      plan.state = PLAN_MOVES.ADOPT.to;
      plan.adoptedOn = input.adoptedOn;
      plan.adoptedAt = optionalText('adoptedAt', { ja: '会議名', en: 'meeting' }, input.adoptedAt) ?? null;
      // The meeting it was adopted at is one of the hub's own (another hub's id is not found here).
      if (input.meetingId && !(await this.deps.meetings.exists(tx, input.meetingId))) throw notFound({ ja: '決定した会議', en: 'The meeting of adoption' });
      plan.adoptedMeetingId = input.meetingId ?? null;
      tx.create(PlanVersion, {
        hub: input.hubId,
        plan,
        number: plan.versionNumber,
        state: PlanState.ADOPTED,
        adoptedOn: input.adoptedOn,
        snapshot: await this.snapshot(tx, plan.id),
      });
      await tx.flush();
      return plan;
    });
  }

  versions(em: EntityManager, planId: string): Promise<PlanVersion[]> {
    return em.find(PlanVersion, { plan: planId }, { orderBy: { number: 'asc' } });
  }

  /** Differences between two versions; a missing `to` means the plan as it stands now. */
  async diff(em: EntityManager, planId: string, from: number, to: number | null): Promise<PlanDifference[]> {
    const load = async (n: number) => {
      const version = await em.findOne(PlanVersion, { plan: planId, number: n });
      if (!version) throw badInput('version', { ja: `第${n}版はありません。`, en: `There is no version ${n}.` });
      return version.snapshot;
    };
    return diffPlans(await load(from), to === null ? await this.snapshot(em, planId) : await load(to));
  }

  async snapshot(em: EntityManager, planId: string): Promise<PlanSnapshot> {
    const projects = await this.projects(em, planId);
    const ids = projects.map((p) => p.id);
    const [links, indicators, lines, planned] = [
      await em.find(ProjectIssue, { project: { $in: ids } }),
      await em.find(Indicator, { project: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
      await em.find(BudgetLine, { project: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
      await em.find(PlannedActivity, { project: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
    ];
    const of = <T extends { project: { id: string } }>(rows: T[], id: string) => rows.filter((r) => r.project.id === id);
    return {
      projects: projects.map((p) => ({
        id: p.id,
        title: p.title,
        objective: p.objective,
        issueIds: of(links, p.id).map((l) => l.issue.id).sort(),
        indicators: of(indicators, p.id).map((i) => ({ id: i.id, name: i.name, type: i.type, unit: i.unit, baseline: i.baseline ?? null, target: i.target ?? null })),
        // The reason appears only where one was given, so versions frozen before it existed compare equal.
        budgetLines: of(lines, p.id).map((l) => ({ id: l.id, subCap: l.subCap, ...(l.subCapReason ? { subCapReason: l.subCapReason } : {}), category: l.category, plannedYen: l.plannedYen, description: l.description })),
        plannedActivities: of(planned, p.id).map((a) => ({ id: a.id, title: a.title, startsOn: a.startsOn ?? null, endsOn: a.endsOn ?? null })),
      })),
    };
  }

  async project(tx: EntityManager, projectId: string): Promise<Project> {
    const project = await tx.findOne(Project, { id: projectId });
    if (!project) throw notFound(PROJECT);
    return project;
  }

  /**
   * The plan, its row locked until the transaction ends: edits to its projects, circulation and
   * adoption take turns, so a plan is never circulated or adopted on totals another edit changes.
   */
  private async locked(tx: EntityManager, planId: string): Promise<Plan> {
    const plan = await tx.findOne(Plan, { id: planId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!plan) throw notFound(PLAN);
    return plan;
  }

  /** Circulating or adopting needs every sub-cap and the total within the caps of the year. */
  private async assertWithinCaps(tx: EntityManager, plan: Plan, fiscalYear: number, action: { ja: string; en: string }): Promise<void> {
    const projects = await tx.find(Project, { plan }, { fields: ['id'] });
    const lines = projects.length ? await tx.find(BudgetLine, { project: { $in: projects.map((p) => p.id) } }) : [];
    const over = plannedTotals(lines, await this.deps.caps.ofYear(tx, fiscalYear)).filter((r) => r.over);
    if (over.length) throw planOverCap(action, over);
  }

  /** A plan whose cycle is open; editing an adopted plan starts its next version as a draft. */
  private async editablePlan(tx: EntityManager, planId: string): Promise<Plan> {
    const plan = await this.locked(tx, planId);
    await openCycle(tx, plan.cycle.id);
    if (plan.state === PlanState.ADOPTED) {
      plan.state = PlanState.DRAFT;
      plan.versionNumber += 1;
      plan.adoptedOn = null;
      plan.adoptedAt = null;
      plan.adoptedMeetingId = null;
    }
    return plan;
  }

  private async replaceChildren(
    tx: EntityManager,
    hubId: string,
    project: Project,
    input: { issueIds?: string[] | null; indicators?: IndicatorInput[] | null; budgetLines?: BudgetLineInput[] | null; plannedActivities?: PlannedActivityInput[] | null },
  ): Promise<void> {
    if (input.issueIds) {
      const plan = await this.get(tx, project.plan.id);
      const issues = await this.deps.issues.linkable(tx, input.issueIds, plan.cycle.id);
      if (issues.length !== new Set(input.issueIds).size) {
        throw badInput('issueIds', { ja: '関連付けられるのは、同じ年度の課題だけです。', en: 'Only issues of the same cycle can be linked.' });
      }
      const current = await tx.find(ProjectIssue, { project });
      for (const link of current) if (!input.issueIds.includes(link.issue.id)) tx.remove(link);
      const kept = new Set(current.map((l) => l.issue.id));
      for (const issue of issues) if (!kept.has(issue.id)) tx.create(ProjectIssue, { hub: hubId, project, issue });
    }
    if (input.indicators) {
      await this.replaceList(tx, Indicator, project, input.indicators, 'indicators', (i) => ({
        name: requiredText('indicators.name', text.indicator, i.name),
        type: i.type,
        unit: optionalText('indicators.unit', text.unit, i.unit, 20) ?? '',
        baseline: finite('indicators.baseline', i.baseline),
        target: finite('indicators.target', i.target),
      }));
    }
    if (input.budgetLines) {
      const rules = await this.ruleSet(tx, project.plan.id);
      await this.replaceList(tx, BudgetLine, project, input.budgetLines, 'budgetLines', (l) => {
        if (!Number.isInteger(l.plannedYen) || l.plannedYen <= 0) {
          throw badInput('budgetLines.plannedYen', { ja: '予定額は1円以上の整数で入力してください。', en: 'Enter the planned amount as a whole number of yen above zero.' });
        }
        return { ...placeInSubCap(rules, l, 'budgetLines.subCap'), category: l.category, plannedYen: l.plannedYen, description: optionalText('budgetLines.description', text.line, l.description) ?? '' };
      });
    }
    if (input.plannedActivities) {
      await this.replaceList(tx, PlannedActivity, project, input.plannedActivities, 'plannedActivities', (a) => {
        if (a.startsOn && a.endsOn && a.endsOn < a.startsOn) {
          throw badInput('plannedActivities.endsOn', { ja: '終了日は開始日以降にしてください。', en: 'The end must not be before the start.' });
        }
        return { title: requiredText('plannedActivities.title', text.activity, a.title), startsOn: a.startsOn ?? null, endsOn: a.endsOn ?? null };
      });
    }
  }

  /** The subsidy rules of the plan's fiscal year. */
  private async ruleSet(tx: EntityManager, planId: string): Promise<SubsidyRuleSet> {
    const plan = await this.get(tx, planId);
    const cycle = await openCycle(tx, plan.cycle.id);
    const rules = ruleSetFor(cycle.fiscalYear);
    if (!rules) throw badInput('budgetLines', { ja: 'この年度に適用される補助要件がありません。', en: 'No subsidy rules apply to that fiscal year.' });
    return rules;
  }

  /** Replaces a project's list: items with a known id are updated, new ones added, missing ones removed. */
  private async replaceList<E extends Indicator | BudgetLine | PlannedActivity, I extends { id?: string | null }>(
    tx: EntityManager,
    entity: new () => E,
    project: Project,
    items: I[],
    field: string,
    values: (item: I) => Partial<E>,
  ): Promise<void> {
    const existing = new Map((await tx.find(entity, { project } as never)).map((row) => [row.id, row]));
    for (const item of items) {
      if (item.id && !existing.has(item.id)) throw badInput(`${field}.id`, { ja: '編集対象の項目が見つかりません。', en: 'An item to update does not belong to this project.' });
    }
    const keep = new Set(items.map((i) => i.id).filter(Boolean));
    for (const [id, row] of existing) if (!keep.has(id)) tx.remove(row);
    for (const item of items) {
      const data = values(item);
      if (item.id) tx.assign(existing.get(item.id)!, data as never);
      else tx.create(entity, { hub: project.hub, project, ...data } as never);
    }
  }
}

function finite(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value)) throw badInput(field, { ja: '数値を入力してください。', en: 'Enter a number.' });
  return value;
}
