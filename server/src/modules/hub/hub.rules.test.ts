import { describe, expect, it } from 'vitest';
import { HubTier } from './hub-tier.js';
import { latestPopulation, tierProblem, zoneStructureProblem } from './hub.rules.js';
import { membershipProblem } from './membership.rules.js';
import { HubRole } from './hub.types.js';

describe('hub tier rule (core/district only above 100,000 people on 1 January)', () => {
  it('always allows a single hub', () => {
    expect(tierProblem(HubTier.SINGLE, [])).toBeNull();
  });

  it('needs a recorded population for core and district hubs', () => {
    expect(tierProblem(HubTier.CORE, [])).toEqual({ kind: 'NO_POPULATION' });
  });

  it('judges on the latest year, strictly above 100,000', () => {
    expect(tierProblem(HubTier.DISTRICT, [{ year: 2025, population: 100_000 }])).toEqual({ kind: 'ZONE_TOO_SMALL', year: 2025, population: 100_000 });
    expect(tierProblem(HubTier.CORE, [{ year: 2025, population: 100_001 }])).toBeNull();
    expect(tierProblem(HubTier.CORE, [{ year: 2025, population: 99_000 }, { year: 2024, population: 120_000 }])).toMatchObject({ kind: 'ZONE_TOO_SMALL', year: 2025 });
    expect(latestPopulation([{ year: 2023, population: 1 }, { year: 2025, population: 3 }, { year: 2024, population: 2 }])).toEqual({ year: 2025, population: 3 });
  });
});

describe('membership binding', () => {
  const participating = new Set(['muroran']);
  it('binds municipality members to a participating municipality only', () => {
    expect(membershipProblem(HubRole.MUNICIPALITY, 'muroran', participating)).toBeNull();
    expect(membershipProblem(HubRole.MUNICIPALITY, null, participating)).toBe('MUNICIPALITY_REQUIRED');
    expect(membershipProblem(HubRole.MUNICIPALITY, 'sapporo', participating)).toBe('MUNICIPALITY_NOT_PARTICIPATING');
  });

  it('binds no other role to a municipality', () => {
    expect(membershipProblem(HubRole.ADVISOR, 'muroran', participating)).toBe('MUNICIPALITY_NOT_ALLOWED');
    expect(membershipProblem(HubRole.SECRETARIAT, null, participating)).toBeNull();
  });
});

describe('zone structure', () => {
  const hub = (tier: 'SINGLE' | 'CORE' | 'DISTRICT', name: string = tier) => ({ tier, name });
  it('takes a single hub only in an empty zone, and nothing beside one', () => {
    expect(zoneStructureProblem('SINGLE', [])).toBeNull();
    expect(zoneStructureProblem('SINGLE', [hub('DISTRICT', 'A')])).toEqual({ kind: 'ZONE_HAS_HUBS', hubName: 'A' });
    for (const tier of ['SINGLE', 'CORE', 'DISTRICT'] as const) expect(zoneStructureProblem(tier, [hub('SINGLE', '室蘭')])).toEqual({ kind: 'ZONE_HAS_SINGLE', hubName: '室蘭' });
  });
  it('takes one core hub and any number of district hubs', () => {
    expect(zoneStructureProblem('DISTRICT', [hub('CORE'), hub('DISTRICT')])).toBeNull();
    expect(zoneStructureProblem('CORE', [hub('DISTRICT')])).toBeNull();
    expect(zoneStructureProblem('CORE', [hub('CORE', '札幌市')])).toEqual({ kind: 'ZONE_HAS_CORE', hubName: '札幌市' });
  });
});
