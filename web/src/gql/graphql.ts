/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of contribution: advisors give advice and ideas; every member may ask and comment. */
export type AdviceKind =
  /** 助言 */
  | 'ADVICE'
  /** コメント */
  | 'COMMENT'
  /** アイディア */
  | 'IDEA'
  /** 質問 */
  | 'QUESTION';

/** What a thread of advice is about. */
export type AdviceTarget =
  /** 事業実施 */
  | 'ACTIVITY'
  /** 課題 */
  | 'ISSUE'
  /** 協議の場 */
  | 'MEETING'
  /** 事業 */
  | 'PROJECT';

/** An item of an agenda. */
export type AgendaItemInput = {
  /** Issue discussed. */
  issueId?: string | number | null | undefined;
  /** Presenter. */
  presenter?: string | null | undefined;
  /** Project discussed. */
  projectId?: string | number | null | undefined;
  /** Title. */
  title: string;
};

/** Whether an invitee attended. */
export type AttendanceInput = {
  /** Attended or not. */
  attended: boolean;
  /** The invitee. */
  inviteeId: string | number;
};

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

/** Where a zone stands in getting its hub designated by the prefecture. */
export type DesignationStatus =
  /** 調整中 */
  | 'COORDINATING'
  /** 指定済み */
  | 'DESIGNATED'
  /** 未着手 */
  | 'NOT_STARTED'
  /** 情報収集中 */
  | 'RESEARCHING'
  /** 申請済み・審査中 */
  | 'UNDER_REVIEW'
  /** 取り下げ・中断 */
  | 'WITHDRAWN';

/** Eligible expense category of the hub subsidy. */
export type ExpenseCategory =
  /** 職員手当等 */
  | 'ALLOWANCES'
  /** 委託料 */
  | 'COMMISSION'
  /** 報償費 */
  | 'HONORARIA'
  /** 共済費 */
  | 'MUTUAL_AID'
  /** 報酬 */
  | 'REMUNERATION'
  /** 使用料及び賃借料 */
  | 'RENTAL'
  /** 給料 */
  | 'SALARY'
  /** 役務費 */
  | 'SERVICES'
  /** 需用費（会食に要する経費を除く） */
  | 'SUPPLIES'
  /** 旅費 */
  | 'TRAVEL'
  /** 賃金 */
  | 'WAGES';

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

/** What the honorarium pays for. */
export type HonorariumRole =
  /** 会議出席 */
  | 'ATTENDEE'
  /** 講師 */
  | 'LECTURER';

/** Where an honorarium stands. */
export type HonorariumState =
  /** 承認済み */
  | 'APPROVED'
  /** 支払済み */
  | 'PAID'
  /** 予定 */
  | 'PLANNED';

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

/** A person to invite: a hub member (userId) or an external person (name, organisation, profession). */
export type InviteeInput = {
  /** E-mail for calendar invitations. */
  email?: string | null | undefined;
  /** Name (taken from the account for a member). */
  name?: string | null | undefined;
  /** Organisation. */
  organisation?: string | null | undefined;
  /** Profession. */
  profession: Profession;
  /** A member of the hub. */
  userId?: string | number | null | undefined;
};

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

/** Kind of meeting. */
export type MeetingKind =
  /** 連携協議会（協議の場） */
  | 'COLLABORATION_COUNCIL'
  /** その他 */
  | 'OTHER'
  /** 研修 */
  | 'TRAINING'
  /** ワーキンググループ */
  | 'WORKING_GROUP';

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

/** Individual or corporation (only individuals have income tax withheld). */
export type PayeeType =
  /** 法人 */
  | 'CORPORATION'
  /** 個人 */
  | 'INDIVIDUAL';

/** An honorarium to plan for a meeting participant or an activity lecturer. */
export type PlanHonorariumInput = {
  /** The activity it pays a lecturer for. */
  activityId?: string | number | null | undefined;
  /** Gross amount in whole yen. */
  grossYen: number;
  /** The hub. */
  hubId: string | number;
  /** The invitee of a meeting it pays (for a meeting honorarium). */
  inviteeId?: string | number | null | undefined;
  /** Payee name (for an activity; a meeting honorarium takes the invitee’s name). */
  payeeName?: string | null | undefined;
  /** Individual or corporation. */
  payeeType: PayeeType;
  /** Attendee or lecturer. */
  role: HonorariumRole;
};

/** A contribution to a thread. */
export type PostAdviceInput = {
  /** The text. */
  body: string;
  /** The hub. */
  hubId: string | number;
  /** Advice or idea (advisors), question or comment (every member). */
  kind: AdviceKind;
  /** The contribution this one replies to. */
  parentId?: string | number | null | undefined;
  /** The issue, project, activity or meeting. */
  targetId: string | number;
  /** What the thread is about. */
  targetType: AdviceTarget;
};

/** Profession of a participant. */
export type Profession =
  /** 介護支援専門員 */
  | 'CARE_MANAGER'
  /** 地域包括支援センター職員 */
  | 'COMMUNITY_CARE_CENTER_STAFF'
  /** 相談支援専門員 */
  | 'CONSULTATION_SUPPORT_SPECIALIST'
  /** 歯科医師 */
  | 'DENTIST'
  /** 医師 */
  | 'DOCTOR'
  /** 保健所職員 */
  | 'HEALTH_CENTER_STAFF'
  /** 市町村職員 */
  | 'MUNICIPAL_STAFF'
  /** 看護師 */
  | 'NURSE'
  /** その他 */
  | 'OTHER'
  /** 薬剤師 */
  | 'PHARMACIST'
  /** 社会福祉士/MSW */
  | 'SOCIAL_WORKER'
  /** 理学療法士等 */
  | 'THERAPIST'
  /** 訪問看護師 */
  | 'VISITING_NURSE';

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

/** A cost to claim against the budget of its fiscal year. */
export type RecordExpenseInput = {
  /** Activity it was for. */
  activityId?: string | number | null | undefined;
  /** Amount in whole yen, above zero. */
  amountYen: number;
  /** Eligible expense category. */
  category: ExpenseCategory;
  /** What it was for. */
  description: string;
  /** The hub. */
  hubId: string | number;
  /** Whether the cost is a meal or banquet (会食・懇親会); such costs are refused as ineligible. */
  isMeal?: boolean | null | undefined;
  /** Meeting it was for. */
  meetingId?: string | number | null | undefined;
  /** Who was paid. */
  payee?: string | null | undefined;
  /** Receipt or voucher reference. */
  receiptRef?: string | null | undefined;
  /** Date of the expense; it decides the fiscal year. */
  spentOn: string;
  /** Sub-cap ① or ②. */
  subCap: SubCap;
};

/** Recurrence of a series. */
export type RecurrenceInput = {
  /** RFC 5545 rule, e.g. FREQ=MONTHLY;BYDAY=2TU;COUNT=12 (at most 60 occurrences are made). */
  rule: string;
};

/** Answer to an invitation. */
export type Rsvp =
  /** 出席 */
  | 'ACCEPTED'
  /** 欠席 */
  | 'DECLINED'
  /** 未回答 */
  | 'PENDING'
  /** 未定 */
  | 'TENTATIVE';

/** A meeting to schedule; with a recurrence, a series of them. */
export type ScheduleMeetingInput = {
  /** Agenda, in order. */
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** End. */
  endsAt: string;
  /** The hub. */
  hubId: string | number;
  /** Invitees. */
  invitees?: Array<InviteeInput> | null | undefined;
  /** Kind. */
  kind: MeetingKind;
  /** Online link. */
  onlineUrl?: string | null | undefined;
  /** Place. */
  place?: string | null | undefined;
  /** Makes a series: every occurrence is created and can be changed or cancelled on its own. */
  recurrence?: RecurrenceInput | null | undefined;
  /** Start (ISO 8601 with offset, e.g. 2025-06-10T18:30:00+09:00). */
  startsAt: string;
  /** Title. */
  title: string;
};

/** Sub-cap of the hub subsidy. */
export type SubCap =
  /** ①調整担当者（MSW・事務担当者等）人件費 */
  | 'COORDINATOR_PERSONNEL'
  /** ②事務費（会議・研修開催等） */
  | 'OFFICE';

export type AdviceThreadQueryVariables = Exact<{
  hubId: string | number;
  targetType: AdviceTarget;
  targetId: string | number;
}>;


export type AdviceThreadQuery = { adviceThread: Array<{ id: string, kind: AdviceKind, body: string, createdAt: string, parentId: string | null, takenIntoProjectId: string | null, author: { displayName: string } }> };

export type PostAdviceMutationVariables = Exact<{
  input: PostAdviceInput;
}>;


export type PostAdviceMutation = { postAdvice: { id: string } };

export type DashboardQueryVariables = Exact<{
  hubId: string | number;
  from: string;
}>;


export type DashboardQuery = { hub: { id: string, name: string, myRole: HubRole | null, zone: { name: string } }, cycles: Array<{ id: string, fiscalYear: number, label: string, labelEn: string, phase: CyclePhase }>, issues: Array<{ id: string, title: string, functions: Array<HomeCareFunction>, status: IssueStatus }>, meetings: Array<{ id: string, title: string, startsAt: string, place: string, status: MeetingStatus }> };

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

export type HubEventHeadQueryVariables = Exact<{
  hubId: string | number;
}>;


export type HubEventHeadQuery = { hubEventHead: number };

export type MeetingsPageQueryVariables = Exact<{
  hubId: string | number;
}>;


export type MeetingsPageQuery = { hub: { id: string, name: string, myRole: HubRole | null }, meetings: Array<{ id: string, title: string, startsAt: string, endsAt: string, place: string, status: MeetingStatus, icsPath: string }> };

export type MeetingWarningsQueryVariables = Exact<{
  hubId: string | number;
  startsAt: string;
  endsAt: string;
}>;


export type MeetingWarningsQuery = { meetingWarnings: Array<{ code: string, message: string }> };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { meetings: Array<{ id: string }>, warnings: Array<{ code: string, message: string }> } };

export type MeetingPageQueryVariables = Exact<{
  hubId: string | number;
  meetingId: string | number;
}>;


export type MeetingPageQuery = { hub: { id: string, name: string, myRole: HubRole | null }, meeting: { id: string, title: string, startsAt: string, endsAt: string, place: string, status: MeetingStatus, icsPath: string, version: number, invitees: Array<{ id: string, name: string, organisation: string, profession: Profession, rsvp: Rsvp, attended: boolean | null }>, honoraria: Array<{ id: string, payeeName: string, grossYen: number, withholdingYen: number, netYen: number, state: HonorariumState }> } };

export type MarkAttendanceMutationVariables = Exact<{
  hubId: string | number;
  meetingId: string | number;
  attendance: Array<AttendanceInput> | AttendanceInput;
}>;


export type MarkAttendanceMutation = { markAttendance: Array<{ id: string, attended: boolean | null }> };

export type PlanHonorariumMutationVariables = Exact<{
  input: PlanHonorariumInput;
}>;


export type PlanHonorariumMutation = { planHonorarium: { id: string } };

export type ApproveHonorariumMutationVariables = Exact<{
  hubId: string | number;
  honorariumId: string | number;
}>;


export type ApproveHonorariumMutation = { approveHonorarium: { id: string, state: HonorariumState } };

export type IssueDetailQueryVariables = Exact<{
  hubId: string | number;
  issueId: string | number;
}>;


export type IssueDetailQuery = { hub: { id: string, name: string, myRole: HubRole | null }, issue: { id: string, title: string, description: string, status: IssueStatus, functions: Array<HomeCareFunction>, raisedByMember: { displayName: string }, raisedByMunicipality: { name: string } | null } };

export type BudgetPageQueryVariables = Exact<{
  hubId: string | number;
  fiscalYear: number;
}>;


export type BudgetPageQuery = { hub: { id: string, name: string, myRole: HubRole | null }, budget: { id: string, label: string, ledgerCsvPath: string, performanceReportPath: string, budgetStatementPath: string, summary: { warnings: Array<string>, total: { key: string, label: string, capYen: number | null, actualYen: number, remainingYen: number | null, level: string }, subCaps: Array<{ key: string, label: string, capYen: number | null, actualYen: number, remainingYen: number | null, level: string }> }, expenses: Array<{ id: string, spentOn: string, subCap: SubCap, category: ExpenseCategory, amountYen: number, description: string, payee: string }> } };

export type RecordExpenseMutationVariables = Exact<{
  input: RecordExpenseInput;
}>;


export type RecordExpenseMutation = { recordExpense: { id: string } };

export type PrefectureGridQueryVariables = Exact<{ [key: string]: never; }>;


export type PrefectureGridQuery = { tertiaryAreas: Array<{ id: string, name: string, secondaryAreas: Array<{ id: string, name: string, zones: Array<{ id: string, name: string, designationStatus: DesignationStatus, designatedOn: string | null }> }> }>, designationProgress: { byFiscalYear: Array<{ fiscalYear: number, label: string, designated: number, cumulative: number, targetCumulative: number, onTrack: boolean }>, byTertiaryArea: Array<{ tertiaryArea: string, zones: number, designated: number, inProgress: number, notApproached: number }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { user: { id: string, email: string, displayName: string, globalRole: GlobalRole | null }, memberships: Array<{ id: string, role: HubRole, hub: { id: string, name: string, zone: { name: string } }, municipality: { name: string } | null }> } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type HubShellQueryVariables = Exact<{
  hubId: string | number;
}>;


export type HubShellQuery = { hub: { id: string, name: string, myRole: HubRole | null, zone: { name: string } }, me: { memberships: Array<{ id: string, role: HubRole, hub: { id: string, name: string }, municipality: { id: string, name: string } | null }> } | null };


export const AdviceThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdviceThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdviceTarget"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adviceThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenIntoProjectId"}}]}}]}}]} as unknown as DocumentNode<AdviceThreadQuery, AdviceThreadQueryVariables>;
export const PostAdviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostAdvice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostAdviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postAdvice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostAdviceMutation, PostAdviceMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const BudgetGaugesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetGauges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capYen"}},{"kind":"Field","name":{"kind":"Name","value":"actualYen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingYen"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capYen"}},{"kind":"Field","name":{"kind":"Name","value":"actualYen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingYen"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetGaugesQuery, BudgetGaugesQueryVariables>;
export const HubEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HubEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hubEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]} as unknown as DocumentNode<HubEventsSubscription, HubEventsSubscriptionVariables>;
export const RaiseIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RaiseIssueMutation, RaiseIssueMutationVariables>;
export const HubEventHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubEventHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hubEventHead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}]}]}}]} as unknown as DocumentNode<HubEventHeadQuery, HubEventHeadQueryVariables>;
export const MeetingsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"icsPath"}}]}}]}}]} as unknown as DocumentNode<MeetingsPageQuery, MeetingsPageQueryVariables>;
export const MeetingWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MeetingWarningsQuery, MeetingWarningsQueryVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"icsPath"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"honoraria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payeeName"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const MarkAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]} as unknown as DocumentNode<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const PlanHonorariumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanHonorarium"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanHonorariumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planHonorarium"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanHonorariumMutation, PlanHonorariumMutationVariables>;
export const ApproveHonorariumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveHonorarium"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"honorariumId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveHonorarium"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"honorariumId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"honorariumId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ApproveHonorariumMutation, ApproveHonorariumMutationVariables>;
export const IssueDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"issueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedByMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IssueDetailQuery, IssueDetailQueryVariables>;
export const BudgetPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerCsvPath"}},{"kind":"Field","name":{"kind":"Name","value":"performanceReportPath"}},{"kind":"Field","name":{"kind":"Name","value":"budgetStatementPath"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capYen"}},{"kind":"Field","name":{"kind":"Name","value":"actualYen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingYen"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capYen"}},{"kind":"Field","name":{"kind":"Name","value":"actualYen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingYen"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spentOn"}},{"kind":"Field","name":{"kind":"Name","value":"subCap"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"payee"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetPageQuery, BudgetPageQueryVariables>;
export const RecordExpenseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpense"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExpenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExpense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordExpenseMutation, RecordExpenseMutationVariables>;
export const PrefectureGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrefectureGrid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tertiaryAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"designationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"designatedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"designationProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byFiscalYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"designated"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"targetCumulative"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTertiaryArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tertiaryArea"}},{"kind":"Field","name":{"kind":"Name","value":"zones"}},{"kind":"Field","name":{"kind":"Name","value":"designated"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notApproached"}}]}}]}}]}}]} as unknown as DocumentNode<PrefectureGridQuery, PrefectureGridQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"globalRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hub"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const HubShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubShell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hub"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HubShellQuery, HubShellQueryVariables>;