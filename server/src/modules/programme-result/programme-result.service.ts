import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { fiscalYearOf } from '../../platform/fiscal-year.js';
import { inHub } from '../../platform/tenancy.js';
import { optionalText, requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import type { ActivityService } from '../activity/activity.service.js';
import { FundingSource } from '../budget/budget.types.js';
import { doubleFunding, doubleFundingSuspected } from '../budget/budget.errors.js';
import { clashesOfResult, type MunicipalClaims, type ResultSide } from '../budget/funding.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { HubRole } from '../hub/hub.types.js';
import type { PlanService } from '../plan/plan.service.js';
import { notOwnMunicipality } from './programme-result.errors.js';
import { ProgrammeResult } from './programme-result.entity.js';
import { programmeReport, type ProgrammeReportData } from './programme-report.rules.js';
import { type ProgrammeResultFieldsInput, type RecordProgrammeResultInput, type UpdateProgrammeResultInput } from './programme-result.inputs.js';

const RESULT = { ja: '市町村の実績', en: 'The programme result' };

export class ProgrammeResultService {
  constructor(private readonly deps: { plans: PlanService; activities: ActivityService; reference: ReferenceService }) {}

  /** The hub's municipal cost claims the double-funding check compares expenses with (MunicipalClaims). */
  async costClaims(em: EntityManager, where: Parameters<MunicipalClaims['costClaims']>[1]): Promise<ResultSide[]> {
    const scope =
      'fiscalYear' in where
        ? { fiscalYear: where.fiscalYear }
        : { $or: [...(where.activityId ? [{ activityId: where.activityId }] : []), { costYen: where.amountYen, costDate: { $gte: where.dates.from, $lte: where.dates.to } }] };
    const results = await em.find(ProgrammeResult, { fundingSource: FundingSource.MUNICIPAL_PROGRAMME, costYen: { $gt: 0 }, ...scope }, { populate: ['municipality'] });
    return results.map((r) => Object.assign(r, { municipalityName: r.municipality.getEntity().name }));
  }

  /** Municipality members see their own municipality's results; other members see all of the hub's. */
  list(em: EntityManager, hubId: string, viewer: Viewer, filter: { municipalityId?: string | null; fiscalYear?: number | null }): Promise<ProgrammeResult[]> {
    const membership = viewer.memberships.get(hubId);
    const own = membership?.role === HubRole.MUNICIPALITY ? membership.municipalityId : null;
    if (own && filter.municipalityId && filter.municipalityId !== own) throw notOwnMunicipality();
    const municipalityId = own ?? filter.municipalityId ?? undefined;
    return em.find(
      ProgrammeResult,
      { ...(municipalityId ? { municipality: municipalityId } : {}), ...(filter.fiscalYear ? { fiscalYear: filter.fiscalYear } : {}) },
      { orderBy: { periodStart: 'asc', createdAt: 'asc' } },
    );
  }

  async report(em: EntityManager, hubId: string, viewer: Viewer, municipalityId: string, fiscalYear: number): Promise<ProgrammeReportData> {
    const results = await this.list(em, hubId, viewer, { municipalityId, fiscalYear });
    return programmeReport(fiscalYear, results);
  }

  record(em: EntityManager, input: RecordProgrammeResultInput, viewer: Viewer): Promise<ProgrammeResult> {
    const municipalityId = this.ownMunicipality(input.hubId, viewer);
    return inHub(em, input.hubId, async (tx) => {
      if (!input.item || !input.description || !input.periodStart || !input.periodEnd) {
        throw badInput(!input.item ? 'item' : !input.description ? 'description' : 'periodStart', {
          ja: '事業項目、内容、期間を入力してください。',
          en: 'Enter the programme item, what was done and the period.',
        });
      }
      const result = tx.create(ProgrammeResult, {
        hub: input.hubId,
        municipality: municipalityId,
        item: input.item,
        description: '',
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        fiscalYear: fiscalYearOf(input.periodStart),
        recordedBy: viewer.userId,
      });
      await this.apply(tx, result, input);
      await tx.flush();
      return result;
    });
  }

  update(em: EntityManager, input: UpdateProgrammeResultInput, viewer: Viewer): Promise<ProgrammeResult> {
    const municipalityId = this.ownMunicipality(input.hubId, viewer);
    return inHub(em, input.hubId, async (tx) => {
      const result = await this.owned(tx, input.resultId, municipalityId);
      assertVersion(result, input.version, RESULT);
      await this.apply(tx, result, input);
      await tx.flush();
      return result;
    });
  }

  delete(em: EntityManager, hubId: string, resultId: string, viewer: Viewer): Promise<ProgrammeResult> {
    const municipalityId = this.ownMunicipality(hubId, viewer);
    return inHub(em, hubId, async (tx) => {
      const result = await this.owned(tx, resultId, municipalityId);
      tx.remove(result);
      await tx.flush();
      return result;
    });
  }

  private ownMunicipality(hubId: string, viewer: Viewer): string {
    const municipalityId = viewer.memberships.get(hubId)?.municipalityId;
    if (!municipalityId) throw notOwnMunicipality();
    return municipalityId;
  }

  private async owned(tx: EntityManager, resultId: string, municipalityId: string): Promise<ProgrammeResult> {
    const result = await tx.findOne(ProgrammeResult, { id: resultId });
    if (!result) throw notFound(RESULT);
    if (result.municipality.id !== municipalityId) throw notOwnMunicipality();
    return result;
  }

  private async apply(tx: EntityManager, result: ProgrammeResult, input: ProgrammeResultFieldsInput): Promise<void> {
    if (input.projectId !== undefined) {
      if (input.projectId && !(await this.deps.plans.exists(tx, input.projectId))) throw notFound({ ja: '事業', en: 'The project' });
      result.projectId = input.projectId;
    }
    if (input.activityId !== undefined) {
      const activity = input.activityId ? await this.deps.activities.get(tx, input.activityId) : null;
      result.activityId = input.activityId;
      if (activity && !result.projectId) result.projectId = activity.project.id;
    }
    if (input.item) result.item = input.item;
    if (input.description != null) result.description = requiredText('description', { ja: '内容', en: 'description' }, input.description, 5000);
    for (const field of ['sessions', 'participants'] as const) {
      const value = input[field];
      if (value == null) continue;
      if (!Number.isInteger(value) || value < 0) throw badInput(field, { ja: '回数・人数は0以上の整数で入力してください。', en: 'Enter counts as whole numbers of 0 or more.' });
      result[field] = value;
    }
    if (input.periodStart) result.periodStart = input.periodStart;
    if (input.periodEnd) result.periodEnd = input.periodEnd;
    if (result.periodEnd < result.periodStart) throw badInput('periodEnd', { ja: '期間の終わりは始まり以降にしてください。', en: 'The period must not end before it starts.' });
    result.fiscalYear = fiscalYearOf(result.periodStart);
    if (input.fundingSource) result.fundingSource = input.fundingSource;
    if (input.costYen != null) {
      if (!Number.isInteger(input.costYen) || input.costYen < 0) throw badInput('costYen', { ja: '費用は0以上の整数（円）で入力してください。', en: 'Enter the cost as whole yen of 0 or more.' });
      result.costYen = input.costYen;
    }
    if (input.costPayee != null) result.costPayee = input.costPayee.trim();
    if (input.costDate !== undefined) result.costDate = input.costDate;
    const municipality = await this.deps.reference.municipality(tx, result.municipality.id);
    const clashes = await clashesOfResult(tx, result.hubId, result, municipality.name);
    const exact = clashes.find((c) => c.match === 'EXACT');
    if (exact) throw doubleFunding(exact);
    const near = clashes.find((c) => c.match === 'NEAR');
    const reason = optionalText('doubleFundingReason', { ja: '別の費用である理由', en: 'why it is a different cost' }, input.doubleFundingReason);
    if (near && !reason && !result.doubleFundingReason) throw doubleFundingSuspected(near);
    if (near && reason) result.doubleFundingReason = reason;
  }
}
