import { HubTier } from './hub-tier.js';

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

export type ZoneStructureProblem = { kind: 'ZONE_HAS_SINGLE' | 'ZONE_HAS_CORE' | 'ZONE_HAS_HUBS'; hubName: string };

/**
 * A zone has either one single hub, or one core hub (基幹拠点) and district hubs (区域拠点)
 * (001: 拠点の選定; 004: 人口10万人超の圏域は複数可). `others` are the zone's hubs that hold or
 * await a designation (not revoked), without the hub being placed.
 */
export function zoneStructureProblem(tier: HubTier, others: readonly { tier: HubTier; name: string }[]): ZoneStructureProblem | null {
  const single = others.find((h) => h.tier === HubTier.SINGLE);
  if (single) return { kind: 'ZONE_HAS_SINGLE', hubName: single.name };
  if (tier === HubTier.SINGLE && others.length) return { kind: 'ZONE_HAS_HUBS', hubName: others[0]!.name };
  const core = others.find((h) => h.tier === HubTier.CORE);
  if (tier === HubTier.CORE && core) return { kind: 'ZONE_HAS_CORE', hubName: core.name };
  return null;
}

/** Invitations can be accepted for this long. */
export const INVITATION_VALID_DAYS = 14;
