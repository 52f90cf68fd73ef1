import { randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { actAs } from '../../platform/request-scope.js';
import { forkForHub, inHub } from '../../platform/tenancy.js';
import { email as validEmail, optionalText, requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import { type AuthService, type IssuedSession, hashToken } from '../account/auth.service.js';
import { invalidCredentials } from '../account/account.errors.js';
import { GlobalRole } from '../account/account.types.js';
import type { HomeCareZone } from '../reference/home-care-zone.entity.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { type ZonePopulation } from '../reference/zone-population.entity.js';
import {
  alreadyMember,
  alreadyParticipating,
  invalidMembership,
  invitationInvalid,
  lastSecretariat,
  municipalityOutsideZone,
  participationInUse,
  tierRequiresLargeZone,
  zoneStructure,
} from './hub.errors.js';
import { Hub } from './hub.entity.js';
import { HubStatus, HubRole, type InvitationPreview } from './hub.types.js';
import type { HubTier } from './hub-tier.js';
import type { AddParticipationInput, CreateHubInput, InviteMemberInput, UpdateHubInput, UpdateParticipationInput } from './hub.inputs.js';
import { INVITATION_VALID_DAYS, tierProblem, zoneStructureProblem } from './hub.rules.js';
import { membershipProblem } from './membership.rules.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { Participation } from './participation.entity.js';

const HUB = { ja: '拠点', en: 'The hub' };
const PARTICIPATION = { ja: '参加市町村', en: 'The participating municipality' };
const labels = {
  name: { ja: '拠点名', en: 'hub name' },
  implementingBody: { ja: '実施主体', en: 'implementing body' },
  coImplementingBody: { ja: '共同実施主体', en: 'co-implementing body' },
  institution: { ja: '医療機関名', en: 'institution name' },
  contactName: { ja: '担当者名', en: 'contact name' },
  contactPhone: { ja: '電話番号', en: 'telephone number' },
  displayName: { ja: '氏名', en: 'name' },
};

/** Hubs (tenants), their members, invitations and participating municipalities. */
/** An invitation that can still be accepted: not used, not withdrawn, not expired. */
function usable<T extends Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>>(invitation: T | null, now = new Date()): invitation is T {
  return Boolean(invitation && !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt > now);
}

export class HubService {
  /** The zone's hubs that hold or await a designation, oldest first (the hub table is not hub-scoped: it is the prefecture's list). */
  liveHubsOfZone(em: EntityManager, zoneId: string): Promise<Hub[]> {
    return em.find(Hub, { zone: zoneId, status: { $ne: HubStatus.REVOKED } }, { orderBy: { createdAt: 'asc' } });
  }

  constructor(
    private readonly auth: AuthService,
    private readonly reference: ReferenceService,
  ) {}

  async listVisible(em: EntityManager, viewer: Viewer): Promise<Hub[]> {
    if (viewer.globalRole === GlobalRole.PREFECTURE_ADMIN) return em.find(Hub, {}, { orderBy: { name: 'asc' } });
    return em.find(Hub, { id: { $in: [...viewer.memberships.keys(), ...viewer.areaHubIds] } }, { orderBy: { name: 'asc' } });
  }

  /** The hubs of a secondary area (every hub without one), with their zones and areas, in the prefecture's order. */
  inArea(em: EntityManager, secondaryAreaId: string | null): Promise<Hub[]> {
    return em.find(Hub, secondaryAreaId ? { zone: { secondaryArea: secondaryAreaId } } : {}, { populate: ['zone.secondaryArea'], orderBy: { zone: { position: 'asc' }, name: 'asc' } });
  }

  /** A hub with its zone and area. */
  async withArea(em: EntityManager, hubId: string): Promise<Hub> {
    const hub = await em.findOne(Hub, { id: hubId }, { populate: ['zone.secondaryArea'] });
    if (!hub) throw notFound(HUB);
    return hub;
  }

  async get(em: EntityManager, hubId: string): Promise<Hub> {
    const hub = await em.findOne(Hub, { id: hubId });
    if (!hub) throw notFound(HUB);
    return hub;
  }

  /** Creates a hub; `alongside` runs in the same transaction (the designation pipeline records itself there). */
  async create(
    em: EntityManager,
    input: CreateHubInput,
    viewer: Viewer,
    alongside?: (tx: EntityManager) => Promise<void>,
  ): Promise<{ hub: Hub; invitation: { invitation: Invitation; token: string } | null }> {
    const hubId = randomUUID();
    return inHub(em, hubId, async (tx) => {
      const zone = await this.reference.findZone(tx, input.zoneId, { populations: true });
      if (!zone) throw badInput('zoneId', { ja: '在宅医療圏が見つかりません。', en: 'No such home-care zone.' });
      await this.assertTier(zone, input.tier);
      const status = input.status ?? HubStatus.PREPARING;
      await this.assertZoneStructure(tx, zone, input.tier, hubId);
      const hub = tx.create(Hub, {
        id: hubId,
        zone,
        name: requiredText('name', labels.name, input.name),
        tier: input.tier,
        implementingBody: requiredText('implementingBody', labels.implementingBody, input.implementingBody),
        implementingBodyKind: input.implementingBodyKind,
        coImplementingBody: optionalText('coImplementingBody', labels.coImplementingBody, input.coImplementingBody),
        status,
        designatedOn: this.designationDate(status, input.designatedOn ?? null),
        activeRoleInstitutions: this.institutions(input.activeRoleInstitutions ?? []),
      });
      await alongside?.(tx);
      await tx.flush();
      const invitation = input.secretariatEmail
        ? await this.issueInvitation(tx, hub, { email: input.secretariatEmail, role: HubRole.SECRETARIAT, municipalityId: null }, viewer)
        : null;
      return { hub, invitation };
    });
  }

  async update(em: EntityManager, input: UpdateHubInput): Promise<Hub> {
    return inHub(em, input.hubId, async (tx) => {
      const hub = await this.get(tx, input.hubId);
      const reinstated = hub.status === HubStatus.REVOKED && input.status && input.status !== HubStatus.REVOKED;
      if ((input.tier && input.tier !== hub.tier) || reinstated) {
        const zone = await this.reference.zone(tx, hub.zone.id, { populations: true });
        const tier = input.tier ?? hub.tier;
        await this.assertTier(zone, tier);
        await this.assertZoneStructure(tx, zone, tier, hub.id);
        hub.tier = tier;
      }
      if (input.name != null) hub.name = requiredText('name', labels.name, input.name);
      if (input.implementingBody != null) hub.implementingBody = requiredText('implementingBody', labels.implementingBody, input.implementingBody);
      if (input.implementingBodyKind) hub.implementingBodyKind = input.implementingBodyKind;
      if (input.coImplementingBody !== undefined && input.coImplementingBody !== null) {
        hub.coImplementingBody = optionalText('coImplementingBody', labels.coImplementingBody, input.coImplementingBody);
      }
      if (input.activeRoleInstitutions) hub.activeRoleInstitutions = this.institutions(input.activeRoleInstitutions);
      if (input.status || input.designatedOn) {
        hub.status = input.status ?? hub.status;
        hub.designatedOn = this.designationDate(hub.status, input.designatedOn ?? hub.designatedOn ?? null);
      }
      await tx.flush();
      return hub;
    });
  }

  async members(em: EntityManager, hubId: string): Promise<Membership[]> {
    return em.find(Membership, { hub: hubId }, { populate: ['user'], orderBy: { role: 'asc', user: { displayName: 'asc' } } });
  }

  async pendingInvitations(em: EntityManager, hubId: string): Promise<Invitation[]> {
    return em.find(Invitation, { hub: hubId, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { createdAt: 'desc' } });
  }

  async invite(em: EntityManager, input: InviteMemberInput, viewer: Viewer): Promise<{ invitation: Invitation; token: string }> {
    return inHub(em, input.hubId, async (tx) => {
      const hub = await this.get(tx, input.hubId);
      return this.issueInvitation(tx, hub, input, viewer);
    });
  }

  async revokeInvitation(em: EntityManager, hubId: string, invitationId: string): Promise<Invitation> {
    return inHub(em, hubId, async (tx) => {
      const invitation = await tx.findOne(Invitation, { id: invitationId, hub: hubId, acceptedAt: null });
      if (!invitation) throw notFound({ ja: '招待', en: 'The invitation' });
      invitation.revokedAt ??= new Date();
      await tx.flush();
      return invitation;
    });
  }

  /** What a usable invitation link is for; the same refusal as accepting for a link that is not usable. */
  async previewInvitation(em: EntityManager, token: string): Promise<InvitationPreview> {
    const invitation = await em.findOne(Invitation, { tokenHash: hashToken(token) }, { populate: ['hub', 'hub.zone', 'municipality'] });
    if (!usable(invitation)) throw invitationInvalid();
    const hub = invitation.hub.getEntity();
    return {
      hubName: hub.name,
      zoneName: hub.zone.getEntity().name,
      role: invitation.role,
      municipalityName: invitation.municipality?.getEntity().name ?? null,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      accountExists: (await this.auth.userByEmail(em, invitation.email)) !== null,
    };
  }

  /**
   * Accepts an invitation: a newcomer sets a password (the policy applies); someone who already
   * has an account confirms it with their password. Either way they are signed in.
   */
  async acceptInvitation(em: EntityManager, input: { token: string; displayName?: string | null; password: string; ip: string; userAgent?: string }): Promise<IssuedSession> {
    const found = await em.findOne(Invitation, { tokenHash: hashToken(input.token) }, { fields: ['hub', 'email', 'acceptedAt', 'revokedAt', 'expiresAt'] });
    if (!usable(found)) throw invitationInvalid();
    // An existing account's password is checked as sign-in checks it (locked out after repeated
    // failures, each attempt recorded), before the transaction, so that a refusal still counts.
    const existing = await this.auth.userByEmail(em, found.email, { withPasswordHash: true });
    if (existing) await this.auth.confirmPassword(em, existing, input.password, input.ip);
    return inHub(em, found.hub.id, async (tx) => {
      const invitation = await tx.findOne(Invitation, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!usable(invitation)) throw invitationInvalid();
      let user = await this.auth.userByEmail(tx, invitation.email);
      if (user) {
        // The account appeared since the check above: its password was never confirmed.
        if (!existing) throw invalidCredentials();
        actAs(user.id);
      } else {
        user = await this.auth.createAccount(tx, {
          email: invitation.email,
          displayName: requiredText('displayName', labels.displayName, input.displayName ?? '', 100),
          password: input.password,
        });
        actAs(user.id);
      }
      if (await tx.count(Membership, { hub: invitation.hub.id, user: user.id })) throw alreadyMember();
      tx.create(Membership, { hub: invitation.hub, user, role: invitation.role, municipality: invitation.municipality ?? null });
      invitation.acceptedAt = new Date();
      await tx.flush();
      return this.auth.issueSession(tx, user, input.ip, input.userAgent);
    });
  }

  async removeMember(em: EntityManager, hubId: string, membershipId: string): Promise<Membership> {
    return inHub(em, hubId, async (tx) => {
      const membership = await tx.findOne(Membership, { id: membershipId, hub: hubId }, { populate: ['user'] });
      if (!membership) throw notFound({ ja: 'メンバー', en: 'The member' });
      if (membership.role === HubRole.SECRETARIAT) {
        // Lock the hub's secretariat rows so two removals cannot both pass the check.
        const secretariat = await tx.find(Membership, { hub: hubId, role: HubRole.SECRETARIAT }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (secretariat.length <= 1) throw lastSecretariat();
      }
      tx.remove(membership);
      await tx.flush();
      return membership;
    });
  }

  async participations(em: EntityManager, hubId: string): Promise<Participation[]> {
    return forkForHub(em, hubId).find(Participation, {}, { populate: ['municipality'], orderBy: { municipality: { position: 'asc' } } });
  }

  async addParticipation(em: EntityManager, input: AddParticipationInput): Promise<Participation> {
    return inHub(em, input.hubId, async (tx) => {
      const hub = await this.get(tx, input.hubId);
      const municipality = await this.reference.findMunicipality(tx, input.municipalityId);
      if (!municipality) throw badInput('municipalityId', { ja: '市町村が見つかりません。', en: 'No such municipality.' });
      if (municipality.zone.id !== hub.zone.id) {
        const zone = await this.reference.zone(tx, hub.zone.id);
        throw municipalityOutsideZone(municipality.name, zone.name);
      }
      if (await tx.count(Participation, { municipality: municipality.id })) throw alreadyParticipating(municipality.name);
      const participation = tx.create(Participation, {
        hub: hub.id,
        municipality,
        ...this.contact(input),
      });
      await tx.flush();
      return participation;
    });
  }

  async updateParticipation(em: EntityManager, input: UpdateParticipationInput): Promise<Participation> {
    return inHub(em, input.hubId, async (tx) => {
      const participation = await tx.findOne(Participation, { id: input.participationId }, { populate: ['municipality'] });
      if (!participation) throw notFound(PARTICIPATION);
      assertVersion(participation, input.version, PARTICIPATION);
      const contact = this.contact(input);
      if (input.contactName !== undefined) participation.contactName = contact.contactName;
      if (input.contactEmail !== undefined) participation.contactEmail = contact.contactEmail;
      if (input.contactPhone !== undefined) participation.contactPhone = contact.contactPhone;
      await tx.flush();
      return participation;
    });
  }

  async removeParticipation(em: EntityManager, hubId: string, participationId: string): Promise<Participation> {
    return inHub(em, hubId, async (tx) => {
      const participation = await tx.findOne(Participation, { id: participationId }, { populate: ['municipality'] });
      if (!participation) throw notFound({ ja: '参加市町村', en: 'The participating municipality' });
      const bound = await tx.count(Membership, { hub: hubId, municipality: participation.municipality.id });
      if (bound) throw participationInUse(participation.municipality.getEntity().name);
      tx.remove(participation);
      await tx.flush();
      return participation;
    });
  }

  /** Runs inside the hub's transaction (see inHub): participations are hub-scoped. */
  private async issueInvitation(
    tx: EntityManager,
    hub: Hub,
    input: { email: string; role: HubRole; municipalityId?: string | null },
    viewer: Viewer,
  ): Promise<{ invitation: Invitation; token: string }> {
    const address = validEmail('email', input.email);
    const participating = new Set(
      (await tx.find(Participation, {}, { fields: ['municipality'] })).map((p) => p.municipality.id),
    );
    const problem = membershipProblem(input.role, input.municipalityId, participating);
    if (problem) throw invalidMembership(problem);
    if (await tx.count(Membership, { hub: hub.id, user: { email: address } })) throw alreadyMember();
    const token = randomBytes(32).toString('base64url');
    const invitation = tx.create(Invitation, {
      hub,
      email: address,
      role: input.role,
      municipality: input.municipalityId ?? null,
      tokenHash: hashToken(token),
      invitedBy: viewer.userId,
      expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000),
    });
    await tx.flush();
    return { invitation, token };
  }

  private async assertTier(zone: HomeCareZone, tier: HubTier): Promise<void> {
    const figures = (await zone.populations.load()).getItems().map((p: ZonePopulation) => ({ year: p.year, population: p.population }));
    const problem = tierProblem(tier, figures);
    if (problem) throw tierRequiresLargeZone(zone.name, problem);
  }

  /**
   * One single hub in a zone, or one core hub and district hubs. The zone's row is locked first, so
   * two hubs placed in one zone at once take turns and the second sees the first.
   */
  private async assertZoneStructure(tx: EntityManager, zone: HomeCareZone, tier: HubTier, hubId: string): Promise<void> {
    await this.reference.findZone(tx, zone.id, { lock: true });
    const others = (await this.liveHubsOfZone(tx, zone.id)).filter((h) => h.id !== hubId);
    const problem = zoneStructureProblem(tier, others);
    if (problem) throw zoneStructure(zone.name, problem);
  }

  private designationDate(status: HubStatus, designatedOn: string | null): string | null {
    if (status === HubStatus.DESIGNATED && !designatedOn) {
      throw badInput('designatedOn', { ja: '指定済みの拠点には指定日を入力してください。', en: 'Enter the designation date for a designated hub.' });
    }
    return designatedOn;
  }

  private institutions(names: string[]): string[] {
    return [...new Set(names.map((n) => requiredText('activeRoleInstitutions', labels.institution, n)))];
  }

  private contact(input: { contactName?: string | null; contactEmail?: string | null; contactPhone?: string | null }) {
    return {
      contactName: optionalText('contactName', labels.contactName, input.contactName, 100),
      contactEmail: input.contactEmail ? validEmail('contactEmail', input.contactEmail) : null,
      contactPhone: optionalText('contactPhone', labels.contactPhone, input.contactPhone, 30),
    };
  }
}
