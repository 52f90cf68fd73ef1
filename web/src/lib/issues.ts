import type { HomeCareFunction, IssueFilter, IssuePriority, IssueSource, IssueStatus } from '../gql/graphql';
import { changedKeys, reapplyEdits as reapply } from './reapply';

/** The board's columns, in the order an issue moves through them. */
export const STATUSES: IssueStatus[] = ['OPEN', 'IN_PROGRESS', 'CARRIED_OVER', 'CLOSED'];
export const PRIORITIES: IssuePriority[] = ['HIGH', 'MEDIUM', 'LOW'];
export const SOURCES: IssueSource[] = ['MEETING', 'SURVEY', 'MUNICIPALITY', 'ADVISOR', 'HEALTH_CENTER'];
export const FUNCTIONS: HomeCareFunction[] = [
  'DISCHARGE_SUPPORT',
  'DAILY_CARE',
  'SUDDEN_DETERIORATION',
  'END_OF_LIFE',
  'DISASTER_PREPAREDNESS',
  'ROUND_THE_CLOCK',
  'INFORMATION_SHARING',
  'WORKFORCE_DEVELOPMENT',
  'PUBLIC_AWARENESS',
];

/** What the user picked in the board's filters; empty strings mean "any". */
export type BoardFilters = {
  function: HomeCareFunction | '';
  status: IssueStatus | '';
  municipalityId: string;
  source: IssueSource | '';
  includeMerged: boolean;
};

export const NO_FILTERS: BoardFilters = { function: '', status: '', municipalityId: '', source: '', includeMerged: false };

/** The server's filter for the chosen cycle and filters, leaving out what is not restricted. */
export function toIssueFilter(cycleId: string, filters: BoardFilters): IssueFilter {
  const filter: IssueFilter = { cycleId };
  if (filters.function) filter.function = filters.function;
  if (filters.status) filter.statuses = [filters.status];
  if (filters.municipalityId) filter.municipalityId = filters.municipalityId;
  if (filters.source) filter.source = filters.source;
  if (filters.includeMerged) filter.includeMerged = true;
  return filter;
}

/** Whether any filter narrows the board (to say "no issue matches" rather than "no issue yet"). */
export function isFiltered(filters: BoardFilters): boolean {
  return Boolean(filters.function || filters.status || filters.municipalityId || filters.source || filters.includeMerged);
}

type BoardIssue = { id: string; status: IssueStatus; priority: IssuePriority; createdAt: string };

/**
 * The issues in one column per status (only the chosen status when the board is filtered by one),
 * high priority first, then oldest first.
 */
export function boardColumns<T extends BoardIssue>(issues: readonly T[], status: IssueStatus | '' = ''): { status: IssueStatus; issues: T[] }[] {
  const rank = (p: IssuePriority) => PRIORITIES.indexOf(p);
  return (status ? [status] : STATUSES).map((s) => ({
    status: s,
    issues: issues.filter((i) => i.status === s).sort((a, b) => rank(a.priority) - rank(b.priority) || a.createdAt.localeCompare(b.createdAt)),
  }));
}

type Mergeable = { id: string; mergedIntoId?: string | null };

/** Issues that may be merged as a duplicate or merged into: those not merged themselves. */
export function mergeCandidates<T extends Mergeable>(issues: readonly T[]): T[] {
  return issues.filter((i) => !i.mergedIntoId);
}

/** Issues the chosen duplicate may be merged into: any other unmerged issue. */
export function intoCandidates<T extends Mergeable>(issues: readonly T[], duplicateId: string): T[] {
  return mergeCandidates(issues).filter((i) => i.id !== duplicateId);
}

/** The secretariat's editable fields of an issue. */
export type IssueDraft = {
  title: string;
  description: string;
  functions: HomeCareFunction[];
  priority: IssuePriority;
  status: IssueStatus;
  carryOver: boolean;
};

export const DRAFT_FIELDS = ['title', 'description', 'functions', 'priority', 'status', 'carryOver'] as const satisfies readonly (keyof IssueDraft)[];
export type DraftField = (typeof DRAFT_FIELDS)[number];

export function draftOf(issue: IssueDraft): IssueDraft {
  return { title: issue.title, description: issue.description, functions: [...issue.functions], priority: issue.priority, status: issue.status, carryOver: issue.carryOver };
}

/** A field's value as it would be sent: functions as a set, text without surrounding blanks. */
function sent(draft: IssueDraft, field: keyof IssueDraft): unknown {
  if (field === 'functions') return [...new Set(draft.functions)].sort();
  if (field === 'title' || field === 'description') return draft[field].trim();
  return draft[field];
}

/** The fields where `draft` differs from `base`. */
export function changedFields(base: IssueDraft, draft: IssueDraft): DraftField[] {
  return changedKeys(DRAFT_FIELDS, base, draft, sent);
}

/** The change to send: only the fields the user changed, on the version the form was based on. */
export function updateChanges(base: IssueDraft, draft: IssueDraft): Partial<IssueDraft> {
  const changes: Partial<IssueDraft> = {};
  for (const field of changedFields(base, draft)) {
    if (field === 'functions') changes.functions = [...draft.functions];
    else if (field === 'carryOver') changes.carryOver = draft.carryOver;
    else if (field === 'priority') changes.priority = draft.priority;
    else if (field === 'status') changes.status = draft.status;
    else changes[field] = draft[field];
  }
  return changes;
}

/**
 * After a CONFLICT: the fresh record with the user's own edits put back on top. Fields the user
 * did not touch take the other person's values; `theirs` lists what the other person changed and
 * `clashes` where both changed the same field (the user's value is kept, to be checked).
 */
export function reapplyEdits(base: IssueDraft, draft: IssueDraft, fresh: IssueDraft): { draft: IssueDraft; theirs: DraftField[]; clashes: DraftField[] } {
  const merged = reapply(DRAFT_FIELDS, base, draft, draftOf(fresh), sent);
  return { draft: merged.form, theirs: merged.theirs, clashes: merged.clashes };
}
