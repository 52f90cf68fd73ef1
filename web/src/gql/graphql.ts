/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What happened to the record. */
export type AuditAction =
  /** Created. */
  | 'CREATE'
  /** Removed. */
  | 'DELETE'
  /** Changed. */
  | 'UPDATE';

/** Phase of a hub's yearly cycle, in order. */
export type CyclePhase =
  /** 終了（次の事業へ） */
  | 'CLOSED'
  /** 評価 */
  | 'EVALUATION'
  /** 事業実施 */
  | 'IMPLEMENTATION'
  /** 課題の洗い出し */
  | 'ISSUE_IDENTIFICATION'
  /** 事業計画 */
  | 'PLANNING';

/** A role that spans all hubs. */
export type GlobalRole =
  /** 保健所: reads the hubs of its secondary area and comments, follows designation. */
  | 'HEALTH_CENTER'
  /** 道本庁: designates hubs, sees every hub, maintains reference data. */
  | 'PREFECTURE_ADMIN';

/** Function of home care an issue or project concerns. */
export type HomeCareFunction =
  /** 日常の療養支援 */
  | 'DAILY_CARE'
  /** 災害時の備え */
  | 'DISASTER_PREPAREDNESS'
  /** 退院支援 */
  | 'DISCHARGE_SUPPORT'
  /** 看取り */
  | 'END_OF_LIFE'
  /** 多職種の情報共有・ICT */
  | 'INFORMATION_SHARING'
  /** 普及啓発（ACP等） */
  | 'PUBLIC_AWARENESS'
  /** 24時間体制 */
  | 'ROUND_THE_CLOCK'
  /** 急変時の対応 */
  | 'SUDDEN_DETERIORATION'
  /** 人材育成 */
  | 'WORKFORCE_DEVELOPMENT';

/** A member's role in one hub. */
export type HubRole =
  /** 積極的役割を担う医療機関の医師: reads the hub, gives advice and ideas. */
  | 'ADVISOR'
  /** 保健所: reads the hub and comments. */
  | 'HEALTH_CENTER'
  /** 参加市町村の職員: raises issues and attaches results for its own municipality. */
  | 'MUNICIPALITY'
  /** 拠点事務局: runs everything inside the hub. */
  | 'SECRETARIAT';

/** Priority of an issue. */
export type IssuePriority =
  /** 高 */
  | 'HIGH'
  /** 低 */
  | 'LOW'
  /** 中 */
  | 'MEDIUM';

/** Where an issue came from. */
export type IssueSource =
  /** 助言医 */
  | 'ADVISOR'
  /** 保健所 */
  | 'HEALTH_CENTER'
  /** 協議の場 */
  | 'MEETING'
  /** 市町村 */
  | 'MUNICIPALITY'
  /** 調査 */
  | 'SURVEY';

/** Where an issue stands. */
export type IssueStatus =
  /** 次年度へ繰越 */
  | 'CARRIED_OVER'
  /** 解決・終了 */
  | 'CLOSED'
  /** 対応中 */
  | 'IN_PROGRESS'
  /** 未対応 */
  | 'OPEN';

/** Where a meeting stands. */
export type MeetingStatus =
  /** 中止 */
  | 'CANCELLED'
  /** 開催済み */
  | 'HELD'
  /** 議事録承認済み */
  | 'MINUTES_APPROVED'
  /** 開催予定 */
  | 'SCHEDULED';

/** A new issue (課題). */
export type RaiseIssueInput = {
  /** The cycle the issue belongs to. */
  cycleId: string | number;
  /** What the issue is, with evidence. */
  description?: string | null | undefined;
  /** Functions of home care it concerns. */
  functions?: Array<HomeCareFunction> | null | undefined;
  /** The hub. */
  hubId: string | number;
  /** Priority (secretariat only; MEDIUM otherwise). */
  priority?: IssuePriority | null | undefined;
  /** Where it came from; the secretariat chooses, for other members it follows from their role. */
  source?: IssueSource | null | undefined;
  /** Short title. */
  title: string;
};

export type DashboardQueryVariables = Exact<{
  hubId: string | number;
  from: string;
}>;


export type DashboardQuery = { hubEventHead: number, hub: { id: string, name: string, myRole: HubRole | null, zone: { name: string } }, cycles: Array<{ id: string, fiscalYear: number, label: string, labelEn: string, phase: CyclePhase }>, issues: Array<{ id: string, title: string, functions: Array<HomeCareFunction>, status: IssueStatus }>, meetings: Array<{ id: string, title: string, startsAt: string, place: string, status: MeetingStatus }> };

export type BudgetGaugesQueryVariables = Exact<{
  hubId: string | number;
  fiscalYear: number;
}>;


export type BudgetGaugesQuery = { budget: { id: string, label: string, summary: { warnings: Array<string>, total: { key: string, label: string, capYen: number | null, actualYen: number, remainingYen: number | null, level: string }, subCaps: Array<{ key: string, label: string, capYen: number | null, actualYen: number, remainingYen: number | null, level: string }> } } };

export type HubEventsSubscriptionVariables = Exact<{
  hubId: string | number;
  afterSequence?: number | null | undefined;
}>;


export type HubEventsSubscription = { hubEvents: { sequence: number, entityType: string, entityId: string, action: AuditAction, operation: string } };

export type RaiseIssueMutationVariables = Exact<{
  input: RaiseIssueInput;
}>;


export type RaiseIssueMutation = { raiseIssue: { id: string, title: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { user: { id: string, email: string, displayName: string, globalRole: GlobalRole | null }, memberships: Array<{ id: string, role: HubRole, hub: { id: string, name: string, zone: { name: string } }, municipality: { name: string } | null }> } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };


export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubEventHead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}]}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const BudgetGaugesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetGauges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capYen"}},{"kind":"Field","name":{"kind":"Name","value":"actualYen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingYen"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capYen"}},{"kind":"Field","name":{"kind":"Name","value":"actualYen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingYen"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetGaugesQuery, BudgetGaugesQueryVariables>;
export const HubEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HubEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hubEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]} as unknown as DocumentNode<HubEventsSubscription, HubEventsSubscriptionVariables>;
export const RaiseIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RaiseIssueMutation, RaiseIssueMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hub"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;