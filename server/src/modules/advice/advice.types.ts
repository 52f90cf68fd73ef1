/** The advice module's enums and GraphQL types, apart from its entities. */
import { registerEnumType, Field, ObjectType } from 'type-graphql';
import { Issue } from '../issue/issue.entity.js';
import { Project } from '../plan/project.entity.js';

export enum AdviceTarget {
  ISSUE = 'ISSUE',
  PROJECT = 'PROJECT',
  ACTIVITY = 'ACTIVITY',
  MEETING = 'MEETING',
}

registerEnumType(AdviceTarget, {
  name: 'AdviceTarget',
  description: 'What a thread of advice is about.',
  valuesConfig: { ISSUE: { description: '課題' }, PROJECT: { description: '事業' }, ACTIVITY: { description: '事業実施' }, MEETING: { description: '協議の場' } },
});

export enum AdviceKind {
  ADVICE = 'ADVICE',
  IDEA = 'IDEA',
  QUESTION = 'QUESTION',
  COMMENT = 'COMMENT',
}

registerEnumType(AdviceKind, {
  name: 'AdviceKind',
  description: 'Kind of contribution: advisors give advice and ideas; every member may ask and comment.',
  valuesConfig: { ADVICE: { description: '助言' }, IDEA: { description: 'アイディア' }, QUESTION: { description: '質問' }, COMMENT: { description: 'コメント' } },
});

@ObjectType({ description: 'What still awaits an advisor’s advice or ideas.' })
export class AwaitingAdvice {
  @Field(() => [Issue], { description: 'Open issues without advice from the caller.' })
  issues!: Issue[];

  @Field(() => [Project], { description: 'Projects of a circulated plan without advice from the caller.' })
  projects!: Project[];
}
