import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { inHub } from '../../platform/tenancy.js';
import { requiredText } from '../../platform/validation.js';
import { CyclePhase } from '../cycle/cycle.types.js';
import { openCycle } from '../cycle/cycle.service.js';
import type { IssueService } from '../issue/issue.service.js';
import type { PlanService } from '../plan/plan.service.js';
import { ProjectEvaluation } from './project-evaluation.entity.js';
import { type EvaluateProjectInput } from './evaluation.inputs.js';

const EVALUATING = { ja: '事業の評価', en: 'Evaluating a project' };

export class EvaluationService {
  constructor(private readonly deps: { plans: PlanService; issues: IssueService }) {}

  /** Which of the projects have been evaluated. */
  async evaluatedAmong(tx: EntityManager, projectIds: string[]): Promise<Set<string>> {
    if (!projectIds.length) return new Set();
    return new Set((await tx.find(ProjectEvaluation, { project: { $in: projectIds } }, { fields: ['project'] })).map((e) => e.project.id));
  }

  ofProject(em: EntityManager, projectId: string): Promise<ProjectEvaluation | null> {
    return em.findOne(ProjectEvaluation, { project: projectId });
  }

  evaluate(em: EntityManager, input: EvaluateProjectInput, viewer: Viewer): Promise<ProjectEvaluation> {
    return inHub(em, input.hubId, async (tx) => {
      const project = await this.deps.plans.project(tx, input.projectId);
      const plan = await this.deps.plans.get(tx, project.plan.id);
      await openCycle(tx, plan.cycle.id, EVALUATING, [CyclePhase.EVALUATION]);
      await this.deps.plans.recordActuals(tx, project, input.actuals);
      if (input.carryOverIssueIds?.length) await this.deps.issues.markCarryOver(tx, input.carryOverIssueIds, plan.cycle.id);
      const text = requiredText('text', { ja: '評価', en: 'assessment' }, input.text, 10_000);
      const evaluation = (await tx.findOne(ProjectEvaluation, { project })) ?? tx.create(ProjectEvaluation, { hub: input.hubId, project, assessment: input.assessment, text, evaluatedBy: viewer.userId });
      Object.assign(evaluation, { assessment: input.assessment, text, evaluatedBy: viewer.userId });
      await tx.flush();
      return evaluation;
    });
  }
}
