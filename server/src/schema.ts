import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from './modules/account/account.resolver.js';
import { HubResolver, InvitationResolver, MembershipResolver, ParticipationResolver } from './modules/hub/hub.resolver.js';
import {
  HomeCareZoneResolver,
  MunicipalityResolver,
  SecondaryAreaResolver,
  TertiaryAreaResolver,
} from './modules/reference/reference.resolver.js';
import { ActivityResolver, SurveyResponseResolver } from './modules/activity/activity.resolver.js';
import { AdviceResolver } from './modules/advice/advice.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { BudgetResolver, HonorariumResolver } from './modules/budget/budget.resolver.js';
import { LiveResolver } from './modules/live/live.resolver.js';
import { DesignationResolver } from './modules/designation/designation.resolver.js';
import { RollupResolver } from './modules/rollup/rollup.resolver.js';
import { MeetingResolver } from './modules/meeting/meeting.resolver.js';
import { CycleResolver } from './modules/cycle/cycle.resolver.js';
import { EvaluationResolver } from './modules/evaluation/evaluation.resolver.js';
import { IssueResolver } from './modules/issue/issue.resolver.js';
import { IndicatorResolver, PlanResolver, ProjectResolver } from './modules/plan/plan.resolver.js';
import { ProgrammeResultResolver } from './modules/programme-result/programme-result.resolver.js';
import { authChecker } from './platform/authorization.js';
import { inheritInputRules, InputGuardMiddleware } from './platform/input-guard.js';
import { ExecutionDeadlineMiddleware } from './platform/query-limits.js';
import { MutationScopeMiddleware } from './platform/request-scope.js';

export const resolvers = [
  AccountResolver,
  HomeCareZoneResolver,
  SecondaryAreaResolver,
  TertiaryAreaResolver,
  MunicipalityResolver,
  HubResolver,
  MembershipResolver,
  InvitationResolver,
  ParticipationResolver,
  CycleResolver,
  IssueResolver,
  PlanResolver,
  ProjectResolver,
  IndicatorResolver,
  ActivityResolver,
  SurveyResponseResolver,
  AdviceResolver,
  ProgrammeResultResolver,
  EvaluationResolver,
  AuditResolver,
  MeetingResolver,
  BudgetResolver,
  HonorariumResolver,
  LiveResolver,
  DesignationResolver,
  RollupResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    // Denials are thrown as coded errors by the checker itself.
    authMode: 'error',
    validate: false,
    globalMiddlewares: [ExecutionDeadlineMiddleware, InputGuardMiddleware, MutationScopeMiddleware],
    // Every subscription brings its own `subscribe` (LiveService.stream), so type-graphql's
    // topic-based pub/sub is never used; it insists on having one all the same.
    pubSub: createPubSub(),
  });
  inheritInputRules(schema);
  // type-graphql gives the root types no description option.
  Object.assign(schema.getQueryType()!, { description: 'Reads. Reference data is public; everything else needs a session.' });
  Object.assign(schema.getMutationType()!, { description: 'Changes. Each runs in one transaction: it happens whole or not at all.' });
  Object.assign(schema.getSubscriptionType()!, { description: 'Live updates over graphql-ws, for the current members of a hub.' });
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted so that it changes only when the API does. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
