import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { fiscalYearLabel, fiscalYearOf } from '../../platform/fiscal-year.js';
import { inHub } from '../../platform/tenancy.js';
import { requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import { ProjectEvaluation } from '../evaluation/project-evaluation.entity.js';
import { Issue, IssueStatus } from '../issue/issue.entity.js';
import { Activity } from '../activity/activity.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { Indicator, Project } from '../plan/project.entity.js';
import { Cycle, CyclePhase } from './cycle.entity.js';
import { cycleClosed, cycleExists, preconditionsUnmet, reasonRequired, wrongPhase } from './cycle.errors.js';
import { advanceProblems, nextPhase, previousPhase, type CycleFacts } from './cycle.rules.js';
import { PhaseChange } from './phase-change.entity.js';

export const CYCLE = { ja: 'サイクル', en: 'The cycle' };
/** Cycles can be opened from the first year of the plan period. */
const FIRST_FISCAL_YEAR = 2024;

/** A cycle that may still change; throws CYCLE_CLOSED otherwise, and WRONG_PHASE outside `phases`. */
export async function openCycle(tx: EntityManager, cycleId: string, what?: { ja: string; en: string }, phases?: CyclePhase[]): Promise<Cycle> {
  const cycle = await tx.findOne(Cycle, { id: cycleId });
  if (!cycle) throw notFound(CYCLE);
  if (cycle.phase === CyclePhase.CLOSED) throw cycleClosed();
  if (what && phases && !phases.includes(cycle.phase)) throw wrongPhase(what, cycle.phase, phases);
  return cycle;
}

export class CycleService {
  list(em: EntityManager): Promise<Cycle[]> {
    return em.find(Cycle, {}, { orderBy: { fiscalYear: 'desc' } });
  }

  async get(em: EntityManager, cycleId: string): Promise<Cycle> {
    const cycle = await em.findOne(Cycle, { id: cycleId });
    if (!cycle) throw notFound(CYCLE);
    return cycle;
  }

  async create(em: EntityManager, hubId: string, fiscalYear: number, now = new Date()): Promise<Cycle> {
    const latest = fiscalYearOf(now) + 1;
    if (!Number.isInteger(fiscalYear) || fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > latest) {
      throw badInput('fiscalYear', {
        ja: `年度は${fiscalYearLabel(FIRST_FISCAL_YEAR)}から${fiscalYearLabel(latest)}の間で指定してください。`,
        en: `Choose a fiscal year from ${FIRST_FISCAL_YEAR} to ${latest}.`,
      });
    }
    return inHub(em, hubId, async (tx) => {
      if (await tx.count(Cycle, { fiscalYear })) throw cycleExists(fiscalYearLabel(fiscalYear));
      return this.open(tx, hubId, fiscalYear);
    });
  }

  async advance(em: EntityManager, hubId: string, cycleId: string, expectedVersion: number, viewer: Viewer): Promise<Cycle> {
    return inHub(em, hubId, async (tx) => {
      const cycle = await openCycle(tx, cycleId);
      assertVersion(cycle, expectedVersion, CYCLE);
      const to = nextPhase(cycle.phase)!;
      const unmet = advanceProblems(cycle.phase, await this.facts(tx, cycle));
      if (unmet.length) throw preconditionsUnmet(to, unmet);
      tx.create(PhaseChange, { hub: hubId, cycle, fromPhase: cycle.phase, toPhase: to, changedBy: viewer.userId });
      cycle.phase = to;
      if (to === CyclePhase.CLOSED) await this.close(tx, hubId, cycle);
      await tx.flush();
      return cycle;
    });
  }

  async revert(em: EntityManager, hubId: string, cycleId: string, expectedVersion: number, reason: string | null | undefined, viewer: Viewer): Promise<Cycle> {
    return inHub(em, hubId, async (tx) => {
      const cycle = await openCycle(tx, cycleId);
      assertVersion(cycle, expectedVersion, CYCLE);
      if (!reason?.trim()) throw reasonRequired();
      const to = previousPhase(cycle.phase);
      if (!to) throw wrongPhase({ ja: '前のフェーズに戻すこと', en: 'Moving back' }, cycle.phase, [CyclePhase.PLANNING, CyclePhase.IMPLEMENTATION, CyclePhase.EVALUATION]);
      tx.create(PhaseChange, {
        hub: hubId,
        cycle,
        fromPhase: cycle.phase,
        toPhase: to,
        reason: requiredText('reason', { ja: '理由', en: 'reason' }, reason, 2000),
        changedBy: viewer.userId,
      });
      cycle.phase = to;
      await tx.flush();
      return cycle;
    });
  }

  phaseChanges(em: EntityManager, cycleId: string): Promise<PhaseChange[]> {
    return em.find(PhaseChange, { cycle: cycleId }, { orderBy: { createdAt: 'asc' } });
  }

  private async open(tx: EntityManager, hubId: string, fiscalYear: number): Promise<Cycle> {
    const cycle = tx.create(Cycle, { hub: hubId, fiscalYear });
    tx.create(Plan, { hub: hubId, cycle });
    await tx.flush();
    return cycle;
  }

  /** Closing opens the next fiscal year's cycle and carries the issues marked to carry into it. */
  private async close(tx: EntityManager, hubId: string, cycle: Cycle): Promise<void> {
    cycle.closedAt = new Date();
    const next = (await tx.findOne(Cycle, { fiscalYear: cycle.fiscalYear + 1 })) ?? (await this.open(tx, hubId, cycle.fiscalYear + 1));
    const carried = await tx.find(Issue, { cycle, carryOver: true, mergedInto: null });
    for (const issue of carried) {
      issue.status = IssueStatus.CARRIED_OVER;
      tx.create(Issue, {
        hub: hubId,
        cycle: next,
        title: issue.title,
        description: issue.description,
        functions: [...issue.functions],
        source: issue.source,
        raisedBy: issue.raisedBy,
        raisedByMunicipality: issue.raisedByMunicipality ?? null,
        priority: issue.priority,
        carriedFrom: issue,
      });
    }
  }

  private async facts(tx: EntityManager, cycle: Cycle): Promise<CycleFacts> {
    const activeIssues = await tx.count(Issue, { cycle, mergedInto: null, status: { $ne: IssueStatus.CLOSED } });
    const plan = await tx.findOne(Plan, { cycle });
    const projects = plan ? await tx.find(Project, { plan }, { orderBy: { position: 'asc', createdAt: 'asc' } }) : [];
    const facts: CycleFacts = { activeIssues, plan: plan ? { state: plan.state } : null, projects: [] };
    for (const project of projects) {
      const indicators = await tx.find(Indicator, { project });
      facts.projects.push({
        title: project.title,
        indicators: indicators.length,
        indicatorsWithoutTarget: indicators.filter((i) => i.target == null).length,
        indicatorsWithoutActual: indicators.filter((i) => i.actual == null).length,
        activities: await tx.count(Activity, { project }),
        evaluated: (await tx.count(ProjectEvaluation, { project })) > 0,
      });
    }
    return facts;
  }
}
