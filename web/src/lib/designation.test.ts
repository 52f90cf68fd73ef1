import { describe, expect, it } from 'vitest';
import type { DesignationStatus } from '../gql/graphql';
import { tokyoDate } from './formats';
import {
  allowedFromRefusal,
  allowsSeveralHubs,
  approachArgs,
  candidateArgs,
  canDesignate,
  designateField,
  designateInput,
  institutionLines,
  nextSteps,
  parseWholeNumber,
  pipelineSteps,
  populationArgs,
  statusArgs,
  tierOptions,
  yearInTokyo,
  type DesignateForm,
} from './designation';

const ALL: DesignationStatus[] = ['NOT_STARTED', 'RESEARCHING', 'COORDINATING', 'UNDER_REVIEW', 'DESIGNATED', 'WITHDRAWN'];

describe('the steps a zone may take', () => {
  it('offers the moves of the server’s rules, never DESIGNATED (that is the designation itself)', () => {
    expect(nextSteps('NOT_STARTED')).toEqual(['RESEARCHING', 'COORDINATING', 'WITHDRAWN']);
    expect(nextSteps('RESEARCHING')).toEqual(['COORDINATING', 'WITHDRAWN']);
    expect(nextSteps('COORDINATING')).toEqual(['RESEARCHING', 'UNDER_REVIEW', 'WITHDRAWN']);
    expect(nextSteps('UNDER_REVIEW')).toEqual(['COORDINATING', 'WITHDRAWN']);
    expect(nextSteps('WITHDRAWN')).toEqual(['RESEARCHING', 'COORDINATING']);
    expect(nextSteps('DESIGNATED')).toEqual([]);
    for (const s of ALL) expect(nextSteps(s)).not.toContain('DESIGNATED');
  });

  it('allows designating the hub only from UNDER_REVIEW', () => {
    expect(ALL.filter(canDesignate)).toEqual(['UNDER_REVIEW']);
  });

  it('reads the allowed steps of a WRONG_DESIGNATION_STEP refusal, and nothing from other errors', () => {
    const wrong = { graphQLErrors: [{ message: '…', extensions: { code: 'WRONG_DESIGNATION_STEP', from: 'NOT_STARTED', to: 'UNDER_REVIEW', allowed: ['RESEARCHING', 'COORDINATING', 'WITHDRAWN', 'BOGUS', 3] } }] };
    expect(allowedFromRefusal(wrong as never)).toEqual(['RESEARCHING', 'COORDINATING', 'WITHDRAWN']);
    const none = { graphQLErrors: [{ message: '…', extensions: { code: 'WRONG_DESIGNATION_STEP', allowed: [] } }] };
    expect(allowedFromRefusal(none as never)).toEqual([]);
    expect(allowedFromRefusal({ graphQLErrors: [{ message: '…', extensions: { code: 'FORBIDDEN' } }] } as never)).toBeNull();
    expect(allowedFromRefusal({ graphQLErrors: [] } as never)).toBeNull();
  });

  it('places the zone on the pipeline, withdrawn zones nowhere', () => {
    expect(pipelineSteps('COORDINATING').map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo']);
    expect(pipelineSteps('DESIGNATED').at(-1)).toEqual({ status: 'DESIGNATED', state: 'current' });
    expect(pipelineSteps('WITHDRAWN').every((s) => s.state === 'todo')).toBe(true);
  });
});

describe('tiers from the population', () => {
  it('allows core and district hubs only above 100,000 on 1 January', () => {
    expect(tierOptions(null)).toEqual(['SINGLE']);
    expect(tierOptions({ year: 2025, population: 100_000 })).toEqual(['SINGLE']);
    expect(tierOptions({ year: 2025, population: 100_001 })).toEqual(['SINGLE', 'CORE', 'DISTRICT']);
    // Beside the zone's live hubs: nothing beside a single hub, districts only beside a core one.
    expect(tierOptions({ year: 2025, population: 100_001 }, [{ tier: 'SINGLE', name: '室蘭' }])).toEqual([]);
    expect(tierOptions({ year: 2025, population: 1_950_000 }, [{ tier: 'CORE', name: '札幌市' }])).toEqual(['DISTRICT']);
    expect(allowsSeveralHubs(undefined)).toBeNull();
    expect(allowsSeveralHubs({ year: 2025, population: 23_456 })).toBe(false);
    expect(allowsSeveralHubs({ year: 2025, population: 1_950_000 })).toBe(true);
  });
});

describe('dates in Tokyo', () => {
  it('gives the Tokyo date whatever the browser’s zone', () => {
    expect(tokyoDate(new Date('2025-12-31T15:30:00Z'))).toBe('2026-01-01');
    expect(tokyoDate(new Date('2025-12-31T14:59:00Z'))).toBe('2025-12-31');
    expect(yearInTokyo(new Date('2025-12-31T15:00:00Z'))).toBe(2026);
  });
});

describe('forms to mutation arguments', () => {
  it('needs a status and a date to change the status; an empty note is none', () => {
    expect(statusArgs('z', { status: '', changedOn: '2025-08-01', note: '' })).toEqual({ ok: false, problem: { field: 'status', problem: 'required' } });
    expect(statusArgs('z', { status: 'RESEARCHING', changedOn: '', note: '' })).toEqual({ ok: false, problem: { field: 'changedOn', problem: 'required' } });
    expect(statusArgs('z', { status: 'RESEARCHING', changedOn: '2025-08-01', note: '  ' })).toEqual({ ok: true, input: { zoneId: 'z', status: 'RESEARCHING', changedOn: '2025-08-01', note: null } });
    expect(statusArgs('z', { status: 'COORDINATING', changedOn: '2025-08-01', note: ' 医師会と協議 ' })).toMatchObject({ ok: true, input: { note: '医師会と協議' } });
  });

  it('trims an approach and leaves empty text for the server to refuse next to its field', () => {
    expect(approachArgs('z', { approachedOn: '2025-08-05', who: ' 江差町医師会 会長 ', agreed: ' 勉強会を開く\n' })).toEqual({ ok: true, input: { zoneId: 'z', approachedOn: '2025-08-05', who: '江差町医師会 会長', agreed: '勉強会を開く' } });
    expect(approachArgs('z', { approachedOn: '2025-08-05', who: '', agreed: '' })).toMatchObject({ ok: true, input: { who: '', agreed: '' } });
    expect(approachArgs('z', { approachedOn: '', who: 'a', agreed: 'b' })).toEqual({ ok: false, problem: { field: 'approachedOn', problem: 'required' } });
  });

  it('takes one institution a line, without blanks or repeats; an empty candidate is none', () => {
    expect(institutionLines('  A病院\n\nB診療所\r\nA病院\n ')).toEqual(['A病院', 'B診療所']);
    expect(candidateArgs('z', { candidateBody: '  ', institutions: '' })).toEqual({ zoneId: 'z', candidateBody: null, institutions: [] });
    expect(candidateArgs('z', { candidateBody: ' 南檜山医師会 ', institutions: 'C医院' })).toEqual({ zoneId: 'z', candidateBody: '南檜山医師会', institutions: ['C医院'] });
  });

  it('reads whole numbers with separators or full-width digits and refuses anything else next to its field', () => {
    expect(parseWholeNumber('123,456')).toBe(123456);
    expect(parseWholeNumber('２３４５６')).toBe(23456);
    expect(parseWholeNumber(' 2025 ')).toBe(2025);
    expect(parseWholeNumber('12.5')).toBeNull();
    expect(parseWholeNumber('-3')).toBeNull();
    expect(parseWholeNumber('')).toBeNull();
    expect(populationArgs('z', { year: '2025', population: '21,500' })).toEqual({ ok: true, input: { zoneId: 'z', year: 2025, population: 21500 } });
    expect(populationArgs('z', { year: '令和7', population: '1' })).toEqual({ ok: false, problem: { field: 'year', problem: 'wholeNumber' } });
    expect(populationArgs('z', { year: 2025, population: 'たくさん' })).toEqual({ ok: false, problem: { field: 'population', problem: 'wholeNumber' } });
  });

  const designate: DesignateForm = { name: ' 南檜山在宅医療連携拠点 ', implementingBody: '', implementingBodyKind: 'MEDICAL_ASSOCIATION', tier: 'SINGLE', designatedOn: '2025-09-01', secretariatEmail: ' jimukyoku@example.jp ' };

  it('maps the designation, leaving out an empty implementing body so that the candidate is used', () => {
    expect(designateInput('z', designate)).toEqual({
      ok: true,
      input: { zoneId: 'z', name: '南檜山在宅医療連携拠点', implementingBodyKind: 'MEDICAL_ASSOCIATION', tier: 'SINGLE', designatedOn: '2025-09-01', secretariatEmail: 'jimukyoku@example.jp' },
    });
    expect(designateInput('z', { ...designate, implementingBody: ' （一社）桧山医師会 ', tier: 'CORE' })).toMatchObject({ ok: true, input: { implementingBody: '（一社）桧山医師会', tier: 'CORE' } });
    expect(designateInput('z', { ...designate, implementingBodyKind: '' })).toEqual({ ok: false, problem: { field: 'implementingBodyKind', problem: 'required' } });
    expect(designateInput('z', { ...designate, designatedOn: '' })).toEqual({ ok: false, problem: { field: 'designatedOn', problem: 'required' } });
  });

  it('shows the server’s refusals of a designation next to the form’s fields', () => {
    expect(designateField(undefined, 'TIER_REQUIRES_LARGE_ZONE')).toBe('tier');
    expect(designateField('tier', 'TIER_REQUIRES_LARGE_ZONE')).toBe('tier');
    expect(designateField('email', 'BAD_USER_INPUT')).toBe('secretariatEmail');
    expect(designateField('changedOn', 'BAD_USER_INPUT')).toBe('designatedOn');
    expect(designateField('name', 'BAD_USER_INPUT')).toBe('name');
    expect(designateField(undefined, 'WRONG_DESIGNATION_STEP')).toBeUndefined();
  });

});
