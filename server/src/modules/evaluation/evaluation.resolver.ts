import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { EvaluateProjectInput } from './evaluation.inputs.js';
import { ProjectEvaluation } from './project-evaluation.entity.js';

@Resolver(() => ProjectEvaluation)
export class EvaluationResolver {
  @Authorized(Access.SECRETARIAT)
  @Mutation(() => ProjectEvaluation, { description: "Evaluates a project in the evaluation phase: indicators' actual values, assessment, issues to carry over (secretariat)." })
  evaluateProject(@Arg('input', () => EvaluateProjectInput) input: EvaluateProjectInput, @Ctx() ctx: Context): Promise<ProjectEvaluation> {
    return ctx.services.evaluation.evaluate(ctx.db.hub(input.hubId), input, ctx.viewer!);
  }
}
