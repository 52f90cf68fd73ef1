import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { fiscalYearLabel, fiscalYearOf } from '../../platform/fiscal-year.js';
import { inHub } from '../../platform/tenancy.js';
import { requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import { Cycle } from './cycle.entity.js';
import { CyclePhase } from './cycle.types.js';
import { cycleClosed, cycleExists, preconditionsUnmet, reasonRequired, wrongPhase } from './cycle.errors.js';
import { advanceProblems, cycleMoves, nextPhase, previousPhase, type CycleFacts } from './cycle.rules.js';
import { PhaseChange } from './phase-change.entity.js';

/**
 * What the cycle asks of the modules whose records make up a year. Those modules depend on the
 * cycle (an open cycle is their precondition), so the cycle names what it needs here and the
 * composition root (services.ts) passes their services in.
 */
export type CycleParts = {
  issues: {
    /** Issues of the cycle that are still in play (not merged, not closed). */
    activeCount(tx: EntityManager, cycleId: string): Promise<number>;
    /** Copies the issues marked to carry over into the next cycle; the originals become CARRIED_OVER. */
    carryOver(tx: EntityManager, hubId: string, from: Cycle, to: Cycle): Promise<void>;
  };
  plans: {
    /** The new cycle's empty business plan. */
    start(tx: EntityManager, hubId: string, cycle: Cycle): void;
    /** The plan's state and its projects with their indicators, in plan order. */
    readiness(tx: EntityManager, cycleId: string): Promise<{ plan: CycleFacts['plan']; projects: ProjectReadiness[] }>;
  };
  activities: { countByProject(tx: EntityManager, projectIds: string[]): Promise<Map<string, number>> };
  evaluations: { evaluatedAmong(tx: EntityManager, projectIds: string[]): Promise<Set<string>> };
};
export type ProjectReadiness = { id: string; title: string; indicators: number; indicatorsWithoutTarget: number; indicatorsWithoutActual: number };

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
  constructor(private readonly parts: CycleParts) {}

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
      const to = cycleMoves(cycle.phase).revert ? previousPhase(cycle.phase) : null;
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
    this.parts.plans.start(tx, hubId, cycle);
    await tx.flush();
    return cycle;
  }

  /** Closing opens the next fiscal year's cycle and carries the issues marked to carry into it. */
  private async close(tx: EntityManager, hubId: string, cycle: Cycle): Promise<void> {
    cycle.closedAt = new Date();
    const next = (await tx.findOne(Cycle, { fiscalYear: cycle.fiscalYear + 1 })) ?? (await this.open(tx, hubId, cycle.fiscalYear + 1));
    await this.parts.issues.carryOver(tx, hubId, cycle, next);
  }

  private async facts(tx: EntityManager, cycle: Cycle): Promise<CycleFacts> {
    const activeIssues = await this.parts.issues.activeCount(tx, cycle.id);
    const { plan, projects } = await this.parts.plans.readiness(tx, cycle.id);
    const ids = projects.map((p) => p.id);
    const [activities, evaluated] = await Promise.all([this.parts.activities.countByProject(tx, ids), this.parts.evaluations.evaluatedAmong(tx, ids)]);
    return {
      activeIssues,
      plan,
      projects: projects.map(({ id, ...project }) => ({ ...project, activities: activities.get(id) ?? 0, evaluated: evaluated.has(id) })),
    };
  }
}
