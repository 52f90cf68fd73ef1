import { HubTier } from './hub.entity.js';
import { HubRole } from './membership.entity.js';

/** A zone may have core and district hubs only when its population on 1 January exceeds this. */
export const MULTI_HUB_POPULATION_THRESHOLD = 100_000;

export type ZonePopulationFigure = { year: number; population: number };

export type TierProblem =
  | { kind: 'NO_POPULATION' }
  | { kind: 'ZONE_TOO_SMALL'; year: number; population: number };

/** The latest figure by year, or null when none is recorded. */
export function latestPopulation<T extends ZonePopulationFigure>(figures: readonly T[]): T | null {
  return figures.reduce<T | null>((latest, f) => (!latest || f.year > latest.year ? f : latest), null);
}

export function tierProblem(tier: HubTier, figures: ZonePopulationFigure[]): TierProblem | null {
  if (tier === HubTier.SINGLE) return null;
  const latest = latestPopulation(figures);
  if (!latest) return { kind: 'NO_POPULATION' };
  if (latest.population <= MULTI_HUB_POPULATION_THRESHOLD) return { kind: 'ZONE_TOO_SMALL', ...latest };
  return null;
}

export type MembershipProblem = 'MUNICIPALITY_REQUIRED' | 'MUNICIPALITY_NOT_ALLOWED' | 'MUNICIPALITY_NOT_PARTICIPATING';

/** A municipality member speaks for exactly one participating municipality; other roles for none. */
export function membershipProblem(role: HubRole, municipalityId: string | null | undefined, participating: ReadonlySet<string>): MembershipProblem | null {
  if (role !== HubRole.MUNICIPALITY) return municipalityId ? 'MUNICIPALITY_NOT_ALLOWED' : null;
  if (!municipalityId) return 'MUNICIPALITY_REQUIRED';
  return participating.has(municipalityId) ? null : 'MUNICIPALITY_NOT_PARTICIPATING';
}

/** Invitations can be accepted for this long. */
export const INVITATION_VALID_DAYS = 14;
