import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { AppError, badInput } from '../../platform/errors.js';
import { optionalText, requiredText } from '../../platform/validation.js';
import { HubStatus, type HubCreation } from '../hub/hub.types.js';
import { HubTier } from '../hub/hub-tier.js';
import type { HubService } from '../hub/hub.service.js';
import type { HomeCareZone } from '../reference/home-care-zone.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { DesignationStatus } from '../reference/reference.types.js';
import { DesignationChange, ZoneApproach } from './designation.entity.js';
import { allowedMoves, canMove, progress, type Progress } from './designation.rules.js';
import { type DesignateZoneHubInput } from './designation.inputs.js';

export enum DesignationErrorCode {
  WRONG_DESIGNATION_STEP = 'WRONG_DESIGNATION_STEP',
}

const labels: Record<DesignationStatus, string> = {
  NOT_STARTED: '未着手',
  RESEARCHING: '情報収集中',
  COORDINATING: '調整中',
  UNDER_REVIEW: '審査中',
  DESIGNATED: '指定済み',
  WITHDRAWN: '取り下げ・中断',
};

const wrongStep = (zone: string, from: DesignationStatus, to: DesignationStatus) =>
  new AppError(
    DesignationErrorCode.WRONG_DESIGNATION_STEP,
    {
      ja: `${zone}圏域は「${labels[from]}」のため「${labels[to]}」にはできません。次にできるのは${allowedMoves(from).map((s) => `「${labels[s]}」`).join('') || 'ありません'}。`,
      en: `${zone} is ${from}; it cannot move to ${to}. Possible next steps: ${allowedMoves(from).join(', ') || 'none'}.`,
    },
    { from, to, allowed: allowedMoves(from) },
  );

/** The prefecture's designation pipeline over the 39 zones. */
export class DesignationService {
  constructor(
    private readonly hubs: HubService,
    private readonly reference: ReferenceService,
  ) {}

  changes(em: EntityManager, zoneId: string): Promise<DesignationChange[]> {
    return em.find(DesignationChange, { zone: zoneId }, { orderBy: { changedOn: 'asc', createdAt: 'asc' } });
  }

  approaches(em: EntityManager, zoneId: string): Promise<ZoneApproach[]> {
    return em.find(ZoneApproach, { zone: zoneId }, { orderBy: { approachedOn: 'asc', createdAt: 'asc' } });
  }

  move(em: EntityManager, zoneId: string, to: DesignationStatus, on: string, note: string | null, viewer: Viewer): Promise<HomeCareZone> {
    if (to === DesignationStatus.DESIGNATED) {
      throw badInput('status', { ja: '指定は「拠点を指定する」操作で行ってください（拠点のワークスペースが作成されます）。', en: "Use designateZoneHub to designate: it creates the hub's workspace." });
    }
    return em.transactional(async (tx) => {
      const zone = await this.reference.zone(tx, zoneId, { lock: true });
      this.record(tx, zone, to, on, note, viewer);
      await tx.flush();
      return zone;
    });
  }

  setCandidate(em: EntityManager, zoneId: string, candidateBody: string | null, institutions: string[]): Promise<HomeCareZone> {
    return em.transactional(async (tx) => {
      const zone = await this.reference.zone(tx, zoneId, { lock: true });
      zone.candidateBody = optionalText('candidateBody', { ja: '候補の実施主体', en: 'candidate body' }, candidateBody);
      zone.candidateInstitutions = [...new Set(institutions.map((i) => requiredText('candidateInstitutions', { ja: '医療機関名', en: 'institution' }, i)))];
      await tx.flush();
      return zone;
    });
  }

  recordApproach(em: EntityManager, zoneId: string, approachedOn: string, who: string, agreed: string, viewer: Viewer): Promise<ZoneApproach> {
    return em.transactional(async (tx) => {
      const zone = await this.reference.zone(tx, zoneId, { lock: true });
      return tx.create(ZoneApproach, {
        zone,
        approachedOn,
        who: requiredText('who', { ja: '相手・担当', en: 'who' }, who),
        agreed: requiredText('agreed', { ja: '合意事項', en: 'what was agreed' }, agreed, 5000),
        recordedBy: viewer.userId,
      });
    });
  }

  /** Designates the zone's hub: the pipeline moves to DESIGNATED and the hub's workspace is created with a secretariat invitation. */
  async designate(em: EntityManager, input: DesignateZoneHubInput, viewer: Viewer): Promise<HubCreation> {
    const zone = await this.reference.zone(em, input.zoneId);
    if (!canMove(zone.designationStatus, DesignationStatus.DESIGNATED)) throw wrongStep(zone.name, zone.designationStatus, DesignationStatus.DESIGNATED);
    const { hub, invitation } = await this.hubs.create(
      em,
      {
        zoneId: zone.id,
        name: input.name,
        tier: input.tier ?? HubTier.SINGLE,
        implementingBody: input.implementingBody ?? zone.candidateBody ?? '',
        implementingBodyKind: input.implementingBodyKind,
        status: HubStatus.DESIGNATED,
        designatedOn: input.designatedOn,
        activeRoleInstitutions: zone.candidateInstitutions,
        secretariatEmail: input.secretariatEmail,
      },
      viewer,
      async (tx) => {
        const locked = await this.reference.zone(tx, zone.id, { lock: true });
        this.record(tx, locked, DesignationStatus.DESIGNATED, input.designatedOn, `拠点「${input.name}」を指定`, viewer);
        locked.designatedOn = input.designatedOn;
      },
    );
    return { hub, secretariatInvitation: invitation };
  }

  async progress(em: EntityManager): Promise<Progress> {
    const tertiary = await this.reference.tertiaryAreas(em);
    const zones = await this.reference.zonesWithAreas(em);
    return progress(
      zones.map((z) => ({ name: z.name, tertiaryArea: z.secondaryArea.getEntity().tertiaryArea.getEntity().name, status: z.designationStatus, designatedOn: z.designatedOn ?? null })),
      tertiary.map((t) => t.name),
    );
  }

  private record(tx: EntityManager, zone: HomeCareZone, to: DesignationStatus, on: string, note: string | null, viewer: Viewer): void {
    if (!canMove(zone.designationStatus, to)) throw wrongStep(zone.name, zone.designationStatus, to);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) throw badInput('changedOn', { ja: '日付を入力してください。', en: 'Enter the date.' });
    if (zone.statusChangedOn && on < zone.statusChangedOn) {
      throw badInput('changedOn', { ja: `前回の変更日（${zone.statusChangedOn}）より前の日付は記録できません。`, en: `The date cannot be before the last change (${zone.statusChangedOn}).` });
    }
    tx.create(DesignationChange, { zone, fromStatus: zone.designationStatus, toStatus: to, changedOn: on, note: note?.trim() ?? '', recordedBy: viewer.userId });
    zone.designationStatus = to;
    zone.statusChangedOn = on;
  }
}
