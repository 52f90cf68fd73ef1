import { AppError } from '../../platform/errors.js';
import { MULTI_HUB_POPULATION_THRESHOLD, type TierProblem, type ZoneStructureProblem } from './hub.rules.js';
import type { MembershipProblem } from './membership.rules.js';

export enum HubErrorCode {
  TIER_REQUIRES_LARGE_ZONE = 'TIER_REQUIRES_LARGE_ZONE',
  MUNICIPALITY_OUTSIDE_ZONE = 'MUNICIPALITY_OUTSIDE_ZONE',
  INVALID_MEMBERSHIP = 'INVALID_MEMBERSHIP',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  ALREADY_PARTICIPATING = 'ALREADY_PARTICIPATING',
  INVITATION_INVALID = 'INVITATION_INVALID',
  LAST_SECRETARIAT = 'LAST_SECRETARIAT',
  PARTICIPATION_IN_USE = 'PARTICIPATION_IN_USE',
  ZONE_STRUCTURE = 'ZONE_STRUCTURE',
}

// 100,000 is written 10万 in Japanese prose.
const threshold = `${MULTI_HUB_POPULATION_THRESHOLD / 10_000}万`;

export const tierRequiresLargeZone = (zoneName: string, problem: TierProblem) =>
  new AppError(
    HubErrorCode.TIER_REQUIRES_LARGE_ZONE,
    problem.kind === 'NO_POPULATION'
      ? {
          ja: `基幹拠点・区域拠点は、各年1月1日現在の人口が${threshold}人を超える在宅医療圏にのみ置けます。${zoneName}圏域の人口が登録されていないため判断できません。先に人口を登録してください。`,
          en: `Core and district hubs are allowed only in a zone of more than ${MULTI_HUB_POPULATION_THRESHOLD.toLocaleString("en")} people on 1 January. No population is recorded for ${zoneName}; record it first.`,
        }
      : {
          ja: `基幹拠点・区域拠点は、各年1月1日現在の人口が${threshold}人を超える在宅医療圏にのみ置けます。${zoneName}圏域の人口は${problem.year}年1月1日現在${problem.population.toLocaleString('ja-JP')}人です。単独の拠点（SINGLE）として登録してください。`,
          en: `Core and district hubs are allowed only in a zone of more than ${MULTI_HUB_POPULATION_THRESHOLD.toLocaleString("en")} people on 1 January. ${zoneName} had ${problem.population} on 1 January ${problem.year}; register a single hub instead.`,
        },
    { field: 'tier', rule: 'population > 100,000 on 1 January', ...(problem.kind === 'ZONE_TOO_SMALL' ? { population: problem.population, year: problem.year } : {}) },
  );

export const zoneStructure = (zoneName: string, problem: ZoneStructureProblem) =>
  new AppError(
    HubErrorCode.ZONE_STRUCTURE,
    {
      ja: {
        ZONE_HAS_SINGLE: `${zoneName}圏域にはすでに単独の拠点「${problem.hubName}」があります。1つの在宅医療圏に置ける単独の拠点は1つで、ほかの拠点は置けません。`,
        ZONE_HAS_HUBS: `${zoneName}圏域にはすでに拠点「${problem.hubName}」があります。単独の拠点は、ほかに拠点のない圏域にのみ置けます。`,
        ZONE_HAS_CORE: `${zoneName}圏域にはすでに基幹拠点「${problem.hubName}」があります。基幹拠点は1圏域に1つです。区域拠点として登録してください。`,
      }[problem.kind],
      en: {
        ZONE_HAS_SINGLE: `${zoneName} already has the single hub “${problem.hubName}”; a zone with a single hub has no other.`,
        ZONE_HAS_HUBS: `${zoneName} already has the hub “${problem.hubName}”; a single hub goes only in a zone with no other hub.`,
        ZONE_HAS_CORE: `${zoneName} already has the core hub “${problem.hubName}”; a zone has one core hub. Register a district hub instead.`,
      }[problem.kind],
    },
    { field: 'tier', reason: problem.kind, existingHub: problem.hubName },
  );

export const municipalityOutsideZone = (municipality: string, zone: string) =>
  new AppError(
    HubErrorCode.MUNICIPALITY_OUTSIDE_ZONE,
    { ja: `${municipality}は${zone}圏域の市町村ではありません。`, en: `${municipality} is not a municipality of the ${zone} zone.` },
    { field: 'municipalityId' },
  );

const membershipMessages: Record<MembershipProblem, { ja: string; en: string }> = {
  MUNICIPALITY_REQUIRED: { ja: '市町村の役割には、担当する参加市町村を指定してください。', en: 'A municipality member must be bound to one participating municipality.' },
  MUNICIPALITY_NOT_ALLOWED: { ja: '市町村を指定できるのは市町村の役割だけです。', en: 'Only a municipality member is bound to a municipality.' },
  MUNICIPALITY_NOT_PARTICIPATING: { ja: 'その市町村はこの拠点の参加市町村ではありません。先に参加市町村に追加してください。', en: 'That municipality does not take part in this hub; add it as a participating municipality first.' },
};

export const invalidMembership = (problem: MembershipProblem) =>
  new AppError(HubErrorCode.INVALID_MEMBERSHIP, membershipMessages[problem], { field: 'municipalityId', problem });

export const alreadyMember = () =>
  new AppError(HubErrorCode.ALREADY_MEMBER, { ja: 'この方はすでにこの拠点のメンバーです。', en: 'This person is already a member of the hub.' }, { field: 'email' });

export const alreadyParticipating = (municipality: string) =>
  new AppError(HubErrorCode.ALREADY_PARTICIPATING, { ja: `${municipality}はすでに参加市町村です。`, en: `${municipality} already takes part in this hub.` }, { field: 'municipalityId' });

export const invitationInvalid = () =>
  new AppError(HubErrorCode.INVITATION_INVALID, {
    ja: '招待が無効です。期限切れ、取り消し済み、または使用済みの可能性があります。拠点事務局に再送を依頼してください。',
    en: 'This invitation is no longer valid: it may have expired, been withdrawn or been used. Ask the hub secretariat for a new one.',
  });

export const lastSecretariat = () =>
  new AppError(HubErrorCode.LAST_SECRETARIAT, {
    ja: '拠点事務局が一人もいなくなるため削除できません。先に別の事務局メンバーを招待してください。',
    en: 'This would leave the hub without a secretariat member; invite another one first.',
  });

export const participationInUse = (municipality: string) =>
  new AppError(HubErrorCode.PARTICIPATION_IN_USE, {
    ja: `${municipality}を担当するメンバーがいるため、参加市町村から外せません。先にそのメンバーを削除してください。`,
    en: `Members speak for ${municipality}; remove them before removing the municipality from the hub.`,
  });
