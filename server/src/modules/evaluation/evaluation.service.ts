import { InputRule } from '../../platform/input-guard.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { Viewer } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { inHub } from '../../platform/tenancy.js';
import { requiredText } from '../../platform/validation.js';
import { CyclePhase } from '../cycle/cycle.entity.js';
import { openCycle } from '../cycle/cycle.service.js';
import { Issue } from '../issue/issue.entity.js';
import { Plan } from '../plan/plan.entity.js';
import { Indicator, Project } from '../plan/project.entity.js';
import { Assessment, ProjectEvaluation } from './project-evaluation.entity.js';

@InputType({ description: 'The value an indicator reached.' })
export class IndicatorActualInput {
  @Field(() => ID, { description: 'The indicator.' })
  indicatorId!: string;

  @Field(() => Float, { description: 'Value reached.' })
  actual!: number;
}

@InputType({ description: 'The evaluation of a project.' })
export class EvaluateProjectInput {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => Assessment, { description: 'Achieved, partly achieved or not achieved.' })
  assessment!: Assessment;

  @InputRule({ multiline: true })
  @Field(() => String, { description: 'Assessment in words.' })
  text!: string;

  @Field(() => [IndicatorActualInput], { description: "Actual values of the project's indicators." })
  actuals!: IndicatorActualInput[];

  @Field(() => [ID], { nullable: true, description: 'Issues of the cycle to carry over into the next fiscal year.' })
  carryOverIssueIds?: string[] | null;
}

const EVALUATING = { ja: '事業の評価', en: 'Evaluating a project' };

export class EvaluationService {
  ofProject(em: EntityManager, projectId: string): Promise<ProjectEvaluation | null> {
    return em.findOne(ProjectEvaluation, { project: projectId });
  }

  evaluate(em: EntityManager, input: EvaluateProjectInput, viewer: Viewer): Promise<ProjectEvaluation> {
    return inHub(em, input.hubId, async (tx) => {
      const project = await tx.findOne(Project, { id: input.projectId });
      if (!project) throw notFound({ ja: '事業', en: 'The project' });
      const plan = await tx.findOneOrFail(Plan, { id: project.plan.id });
      await openCycle(tx, plan.cycle.id, EVALUATING, [CyclePhase.EVALUATION]);
      const indicators = new Map((await tx.find(Indicator, { project })).map((i) => [i.id, i]));
      for (const { indicatorId, actual } of input.actuals) {
        const indicator = indicators.get(indicatorId);
        if (!indicator) throw badInput('actuals.indicatorId', { ja: 'この事業の指標ではありません。', en: 'Not an indicator of this project.' });
        if (!Number.isFinite(actual)) throw badInput('actuals.actual', { ja: '実績値を数値で入力してください。', en: 'Enter the actual value as a number.' });
        indicator.actual = actual;
      }
      if (input.carryOverIssueIds?.length) {
        const issues = await tx.find(Issue, { id: { $in: input.carryOverIssueIds }, cycle: plan.cycle.id });
        if (issues.length !== new Set(input.carryOverIssueIds).size) {
          throw badInput('carryOverIssueIds', { ja: '繰り越せるのはこの年度の課題です。', en: 'Only issues of this cycle can be carried over.' });
        }
        for (const issue of issues) issue.carryOver = true;
      }
      const text = requiredText('text', { ja: '評価', en: 'assessment' }, input.text, 10_000);
      const evaluation = (await tx.findOne(ProjectEvaluation, { project })) ?? tx.create(ProjectEvaluation, { hub: input.hubId, project, assessment: input.assessment, text, evaluatedBy: viewer.userId });
      Object.assign(evaluation, { assessment: input.assessment, text, evaluatedBy: viewer.userId });
      await tx.flush();
      return evaluation;
    });
  }
}
