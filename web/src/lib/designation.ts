import { allowedMoves, PIPELINE as SERVER_PIPELINE } from '../../../server/src/modules/designation/designation.rules';
import { HubTier as ServerHubTier } from '../../../server/src/modules/hub/hub-tier';
import { DesignationStatus as ServerDesignationStatus } from '../../../server/src/modules/reference/designation-status';
import { MULTI_HUB_POPULATION_THRESHOLD, tierProblem, zoneStructureProblem } from '../../../server/src/modules/hub/hub.rules';
import type { CombinedError } from '@urql/vue';
import type { DesignateZoneHubInput, DesignationStatus, HubTier, ImplementingBodyKind } from '../gql/graphql';
import { tokyoDate } from './formats';

/**
 * The prefecture's designation pipeline on the client: which steps a zone may take next, which
 * hub tiers its population allows, and the mapping of the zone page's forms to the mutations'
 * arguments. The rules are the server's own modules (designation/designation.rules.ts,
 * hub/hub.rules.ts), imported, so only the steps the server accepts are offered.
 */
const ALL: readonly string[] = Object.values(ServerDesignationStatus);

/** The pipeline in its usual order (WITHDRAWN sits beside it), as the server's designation rules have it. */
export const PIPELINE: readonly DesignationStatus[] = SERVER_PIPELINE;
const NEXT = (from: DesignationStatus): readonly DesignationStatus[] => allowedMoves(from as ServerDesignationStatus);

/** Statuses `changeZoneStatus` accepts from this one; DESIGNATED is reached only by designating the hub. */
export function nextSteps(from: DesignationStatus): DesignationStatus[] {
  return NEXT(from).filter((s) => s !== 'DESIGNATED');
}

/** Whether the zone's hub may be designated now (only from UNDER_REVIEW). */
export function canDesignate(from: DesignationStatus): boolean {
  return NEXT(from).includes('DESIGNATED');
}

/** The allowed next steps a WRONG_DESIGNATION_STEP refusal names, or null for any other error. */
export function allowedFromRefusal(error: Pick<CombinedError, 'graphQLErrors'>): DesignationStatus[] | null {
  const extensions = error.graphQLErrors[0]?.extensions;
  if (!extensions || extensions.code !== 'WRONG_DESIGNATION_STEP' || !Array.isArray(extensions.allowed)) return null;
  return extensions.allowed.filter((s): s is DesignationStatus => typeof s === 'string' && (ALL as readonly string[]).includes(s));
}

/** A zone may have core and district hubs only when its population on 1 January exceeds this (the server's hub.rules.ts). */
export { MULTI_HUB_POPULATION_THRESHOLD };

export type PopulationFigure = { year: number; population: number };

/** Whether the latest figure allows core and district hubs; null when no population is recorded. */
export function allowsSeveralHubs(latest: PopulationFigure | null | undefined): boolean | null {
  if (!latest) return null;
  return latest.population > MULTI_HUB_POPULATION_THRESHOLD;
}

/**
 * The tiers a new hub of the zone may take, by the server's own rules: core and district hubs only
 * above 100,000 people, and beside the zone's live hubs one single hub, or one core and districts.
 * None at all when a single hub holds the zone.
 */
export function tierOptions(latest: PopulationFigure | null | undefined, liveHubs: readonly { tier: HubTier; name: string }[] = []): HubTier[] {
  return (Object.values(ServerHubTier) as HubTier[]).filter((tier) => !tierProblem(tier, latest ? [latest] : []) && !zoneStructureProblem(tier, liveHubs));
}

export const BODY_KINDS: readonly ImplementingBodyKind[] = ['MEDICAL_ASSOCIATION', 'MUNICIPALITY', 'MEDICAL_INSTITUTION', 'VISITING_NURSE_STATION', 'HEALTH_CENTER'];


/** The calendar year in Tokyo (population figures are as of 1 January of a year). */
export function yearInTokyo(now = new Date()): number {
  return Number(tokyoDate(now).slice(0, 4));
}

/** A problem the form finds before asking the server: the field and the key of its message (in `zones.problems`). */
export type FormProblem = { field: string; problem: 'wholeNumber' | 'required' };
export type Mapped<T> = { ok: true; input: T } | { ok: false; problem: FormProblem };

const trimmed = (value: string) => value.normalize('NFC').trim();

/** A whole number typed with or without thousands separators (full-width digits too): "12,345" → 12345. */
export function parseWholeNumber(value: string | number): number | null {
  const text = String(value).normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

export type StatusForm = { status: DesignationStatus | ''; changedOn: string; note: string };
export type StatusArgs = { zoneId: string; status: DesignationStatus; changedOn: string; note: string | null };

export function statusArgs(zoneId: string, form: StatusForm): Mapped<StatusArgs> {
  if (!form.status) return { ok: false, problem: { field: 'status', problem: 'required' } };
  if (!form.changedOn) return { ok: false, problem: { field: 'changedOn', problem: 'required' } };
  const note = trimmed(form.note);
  return { ok: true, input: { zoneId, status: form.status, changedOn: form.changedOn, note: note || null } };
}

export type ApproachForm = { approachedOn: string; who: string; agreed: string };
export type ApproachArgs = { zoneId: string; approachedOn: string; who: string; agreed: string };

/** The server checks who and what was agreed are given; only the date must be there for the request to be valid. */
export function approachArgs(zoneId: string, form: ApproachForm): Mapped<ApproachArgs> {
  if (!form.approachedOn) return { ok: false, problem: { field: 'approachedOn', problem: 'required' } };
  return { ok: true, input: { zoneId, approachedOn: form.approachedOn, who: trimmed(form.who), agreed: trimmed(form.agreed) } };
}

export type CandidateForm = { candidateBody: string; institutions: string };
export type CandidateArgs = { zoneId: string; candidateBody: string | null; institutions: string[] };

/** One institution per line; blank lines and repeats dropped, the order kept. */
export function institutionLines(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map(trimmed).filter(Boolean))];
}

export function candidateArgs(zoneId: string, form: CandidateForm): CandidateArgs {
  const body = trimmed(form.candidateBody);
  return { zoneId, candidateBody: body || null, institutions: institutionLines(form.institutions) };
}

export type PopulationForm = { year: string | number; population: string | number };
export type PopulationArgs = { zoneId: string; year: number; population: number };

export function populationArgs(zoneId: string, form: PopulationForm): Mapped<PopulationArgs> {
  const year = parseWholeNumber(form.year);
  if (year === null) return { ok: false, problem: { field: 'year', problem: 'wholeNumber' } };
  const population = parseWholeNumber(form.population);
  if (population === null) return { ok: false, problem: { field: 'population', problem: 'wholeNumber' } };
  return { ok: true, input: { zoneId, year, population } };
}

export type DesignateForm = {
  name: string;
  implementingBody: string;
  implementingBodyKind: ImplementingBodyKind | '';
  tier: HubTier;
  designatedOn: string;
  secretariatEmail: string;
};

/**
 * The designation's input. An empty implementing body is left out (the server takes the zone's
 * candidate); a tier the population does not allow is sent as it is, for the server to refuse.
 */
export function designateInput(zoneId: string, form: DesignateForm): Mapped<DesignateZoneHubInput> {
  if (!form.implementingBodyKind) return { ok: false, problem: { field: 'implementingBodyKind', problem: 'required' } };
  if (!form.designatedOn) return { ok: false, problem: { field: 'designatedOn', problem: 'required' } };
  const body = trimmed(form.implementingBody);
  return {
    ok: true,
    input: {
      zoneId,
      name: trimmed(form.name),
      ...(body ? { implementingBody: body } : {}),
      implementingBodyKind: form.implementingBodyKind,
      tier: form.tier,
      designatedOn: form.designatedOn,
      secretariatEmail: form.secretariatEmail.trim(),
    },
  };
}

/**
 * The server's field names for a designation, mapped to the form's: the invitation checks
 * `email`, the pipeline's record of the step checks its date as `changedOn`.
 */
export function designateField(field: string | undefined, code: string): string | undefined {
  if (code === 'TIER_REQUIRES_LARGE_ZONE') return 'tier';
  if (field === 'email') return 'secretariatEmail';
  if (field === 'changedOn') return 'designatedOn';
  return field;
}

/** A designation just made, with the secretariat's invitation (its token is shown only this once). */
export type Designated = { hubId: string; hubName: string; token: string | null; email: string; expiresAt: string | null };

/** Where the zone is on the pipeline, for a stepper: each step done, current or to come (WITHDRAWN: none current). */
export function pipelineSteps(status: DesignationStatus): { status: DesignationStatus; state: 'done' | 'current' | 'todo' }[] {
  const at = PIPELINE.indexOf(status);
  return PIPELINE.map((s, i) => ({ status: s, state: at < 0 ? 'todo' : i < at ? 'done' : i === at ? 'current' : 'todo' }));
}
