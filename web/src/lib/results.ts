import type { CombinedError } from '@urql/vue';
import type { FundingSource, ProgrammeItem, RecordProgrammeResultInput, UpdateProgrammeResultInput } from '../gql/graphql';
import { refusal } from './errors';
import { reapplyEdits, type Reapplied } from './reapply';

/** Municipal programme results (市町村の実績): the form mapping and filters. */

/** Items (ア)–(ク) of the 在宅医療・介護連携推進事業, in order. */
export const PROGRAMME_ITEMS: ProgrammeItem[] = ['A_RESOURCES', 'I_ISSUES', 'U_SEAMLESS_PROVISION', 'E_INFORMATION_SHARING', 'O_CONSULTATION', 'KA_TRAINING', 'KI_AWARENESS', 'KU_INTER_MUNICIPAL'];
export const FUNDING_SOURCES: FundingSource[] = ['MUNICIPAL_PROGRAMME', 'HUB_SUBSIDY', 'OTHER'];

export type ResultForm = {
  item: ProgrammeItem | '';
  description: string;
  periodStart: string;
  periodEnd: string;
  sessions: number | '';
  participants: number | '';
  projectId: string;
  activityId: string;
  /** Whether the municipality claims a cost for it. */
  claimsCost: boolean;
  costYen: number | '';
  costDate: string;
  costPayee: string;
  fundingSource: FundingSource;
  /** Why the cost is not the hub's near-identical one, asked for only when the server finds one (DOUBLE_FUNDING_SUSPECTED). */
  doubleFundingReason: string;
};

export type ResultRecord = {
  id: string;
  /** The record's version, sent back with a change (a stale one is refused with CONFLICT). */
  version?: number;
  item: ProgrammeItem;
  description: string;
  periodStart: string;
  periodEnd: string;
  sessions: number;
  participants: number;
  projectId?: string | null;
  activityId?: string | null;
  costYen: number;
  costDate?: string | null;
  costPayee: string;
  fundingSource: FundingSource;
  updatedAt?: string;
  municipality?: { id: string; name: string };
};

export function emptyResultForm(today: string): ResultForm {
  return { item: '', description: '', periodStart: today, periodEnd: today, sessions: 1, participants: 0, projectId: '', activityId: '', claimsCost: false, costYen: '', costDate: '', costPayee: '', fundingSource: 'MUNICIPAL_PROGRAMME', doubleFundingReason: '' };
}

export function resultFormFrom(result: ResultRecord): ResultForm {
  return {
    item: result.item,
    description: result.description,
    periodStart: result.periodStart,
    periodEnd: result.periodEnd,
    sessions: result.sessions,
    participants: result.participants,
    projectId: result.projectId ?? '',
    activityId: result.activityId ?? '',
    claimsCost: result.costYen > 0,
    costYen: result.costYen > 0 ? result.costYen : '',
    costDate: result.costDate ?? '',
    costPayee: result.costPayee,
    fundingSource: result.fundingSource,
    doubleFundingReason: '',
  };
}

const count = (value: number | '') => (value === '' ? 0 : Number(value));

/** Every field, as recording and changing both send the whole result; no cost claimed sends 0 and clears payee and date. */
function fields(form: ResultForm): Omit<RecordProgrammeResultInput, 'hubId'> {
  return {
    item: form.item || null,
    description: form.description.trim(),
    periodStart: form.periodStart || null,
    periodEnd: form.periodEnd || null,
    sessions: count(form.sessions),
    participants: count(form.participants),
    projectId: form.projectId || null,
    activityId: form.activityId || null,
    fundingSource: form.fundingSource,
    costYen: form.claimsCost ? count(form.costYen) : 0,
    costPayee: form.claimsCost ? form.costPayee.trim() : '',
    costDate: form.claimsCost ? form.costDate || null : null,
    ...(form.claimsCost && form.doubleFundingReason.trim() ? { doubleFundingReason: form.doubleFundingReason.trim() } : {}),
  };
}

export function recordResultInput(hubId: string, form: ResultForm): RecordProgrammeResultInput {
  return { hubId, ...fields(form) };
}

/** Changing sends every field, on the version the form was opened on. */
export function updateResultInput(hubId: string, resultId: string, version: number, form: ResultForm): UpdateProgrammeResultInput {
  return { hubId, resultId, version, ...fields(form) };
}

/** The fields of the result form, in the form's order (to name what was changed). */
export const RESULT_FIELDS = [
  'item', 'description', 'periodStart', 'periodEnd', 'sessions', 'participants', 'projectId', 'activityId', 'claimsCost', 'costYen', 'costDate', 'costPayee', 'fundingSource',
] as const satisfies readonly (keyof ResultForm)[];
export type ResultField = (typeof RESULT_FIELDS)[number];

/** A field as it would be sent, so that " a " and "a", or "" and 0 in a count, are no change. */
function sent(form: ResultForm, field: keyof ResultForm): unknown {
  if (field === 'description' || field === 'costPayee') return form[field].trim();
  if (field === 'sessions' || field === 'participants' || field === 'costYen') return count(form[field]);
  return form[field];
}

/**
 * After a CONFLICT: the result as it is now, with the fields the person changed since opening the
 * form (`base`) put back on top; what the other person changed meanwhile stays.
 */
export function reapplyResultEdits(base: ResultForm, mine: ResultForm, fresh: ResultForm): Reapplied<ResultForm, ResultField> {
  return reapplyEdits(RESULT_FIELDS, base, mine, fresh, sent);
}

/** Where to show a refusal: next to the field it names, by the cost fields for a double claim, else above the form. */
export function resultRefusal(error: CombinedError, locale: string): { code: string; message: string; field: string | null } {
  const r = refusal(error, locale);
  const field = r.code === 'DOUBLE_FUNDING' ? 'cost' : (r.field ?? null);
  return { code: r.code, message: r.message, field };
}

/** Results of one municipality, or all when none is chosen. */
export function filterByMunicipality<R extends { municipality: { id: string } }>(results: readonly R[], municipalityId: string): R[] {
  return municipalityId ? results.filter((r) => r.municipality.id === municipalityId) : [...results];
}

/** Per item: how many results, sessions and participants, for the overview of all municipalities. */
export function totalsByItem(results: readonly Pick<ResultRecord, 'item' | 'sessions' | 'participants'>[]): { item: ProgrammeItem; results: number; sessions: number; participants: number }[] {
  return PROGRAMME_ITEMS.map((item) => {
    const rows = results.filter((r) => r.item === item);
    return { item, results: rows.length, sessions: rows.reduce((s, r) => s + r.sessions, 0), participants: rows.reduce((s, r) => s + r.participants, 0) };
  });
}

/** Results that are new or changed since the last reading, to highlight them. */
export function changedResultIds(before: readonly { id: string; updatedAt?: string }[] | null | undefined, after: readonly { id: string; updatedAt?: string }[]): Set<string> {
  const old = new Map((before ?? []).map((r) => [r.id, r.updatedAt]));
  return new Set(after.filter((r) => !old.has(r.id) || old.get(r.id) !== r.updatedAt).map((r) => r.id));
}

/** Fiscal years to choose from: the years of the hub's cycles and around the current one, newest first. */
export function fiscalYearOptions(current: number, cycleYears: readonly number[] = []): number[] {
  return [...new Set([current + 1, current, current - 1, current - 2, ...cycleYears])].sort((a, b) => b - a);
}

type LinkCycle = { fiscalYear: number; plan: { projects: readonly { id: string; title: string; activities: readonly { id: string; title: string }[] }[] } };

/** Projects a result may link to, newest fiscal year first. */
export function projectOptions(cycles: readonly LinkCycle[]): { id: string; title: string; fiscalYear: number }[] {
  return [...cycles].sort((a, b) => b.fiscalYear - a.fiscalYear).flatMap((c) => c.plan.projects.map((p) => ({ id: p.id, title: p.title, fiscalYear: c.fiscalYear })));
}

/** Activities of the chosen project (of every project when none is chosen). */
export function activityOptions(cycles: readonly LinkCycle[], projectId: string): { id: string; title: string; projectId: string }[] {
  return cycles.flatMap((c) => c.plan.projects.filter((p) => !projectId || p.id === projectId).flatMap((p) => p.activities.map((a) => ({ id: a.id, title: a.title, projectId: p.id }))));
}
