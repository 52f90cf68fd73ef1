import { CombinedError } from '@urql/vue';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  activityOptions, changedResultIds, emptyResultForm, filterByMunicipality, fiscalYearOptions, projectOptions, reapplyResultEdits, recordResultInput, resultFormFrom, resultRefusal,
  totalsByItem, updateResultInput, type ResultRecord,
} from './results';

const stored = {
  id: 'r1',
  item: 'KA_TRAINING',
  description: '多職種研修会に市職員が参加',
  periodStart: '2026-09-01',
  periodEnd: '2026-09-01',
  sessions: 1,
  participants: 4,
  projectId: 'p1',
  activityId: null,
  costYen: 30000,
  costDate: '2026-09-01',
  costPayee: '室蘭市医師会',
  fundingSource: 'MUNICIPAL_PROGRAMME',
  updatedAt: '2026-09-02T00:00:00Z',
  municipality: { id: 'm1', name: '室蘭市' },
} satisfies ResultRecord;


describe('the result form', () => {
  it('starts on today with one session and no cost claimed', () => {
    const form = emptyResultForm('2026-12-01');
    expect(form).toMatchObject({ item: '', periodStart: '2026-12-01', periodEnd: '2026-12-01', sessions: 1, participants: 0, claimsCost: false, fundingSource: 'MUNICIPAL_PROGRAMME' });
    expect(recordResultInput('h', { ...form, item: 'KI_AWARENESS', description: ' 市民向け講演会 ', participants: 80 })).toEqual({
      hubId: 'h', item: 'KI_AWARENESS', description: '市民向け講演会', periodStart: '2026-12-01', periodEnd: '2026-12-01', sessions: 1, participants: 80,
      projectId: null, activityId: null, fundingSource: 'MUNICIPAL_PROGRAMME', costYen: 0, costPayee: '', costDate: null,
    });
  });

  it('maps a stored result into the form and back without losing anything', () => {
    const form = resultFormFrom(stored);
    expect(form.claimsCost).toBe(true);
    expect(updateResultInput('h', 'r1', 3, form)).toEqual({
      hubId: 'h', resultId: 'r1', version: 3, item: 'KA_TRAINING', description: '多職種研修会に市職員が参加', periodStart: '2026-09-01', periodEnd: '2026-09-01', sessions: 1, participants: 4,
      projectId: 'p1', activityId: null, fundingSource: 'MUNICIPAL_PROGRAMME', costYen: 30000, costPayee: '室蘭市医師会', costDate: '2026-09-01',
    });
  });

  it('withdraws a cost claim by sending 0 and clearing payee and date, and unlinks a project with null', () => {
    const form = { ...resultFormFrom(stored), claimsCost: false, projectId: '' };
    expect(updateResultInput('h', 'r1', 1, form)).toMatchObject({ costYen: 0, costPayee: '', costDate: null, projectId: null });
    expect(recordResultInput('h', { ...form, sessions: '', participants: '' })).toMatchObject({ sessions: 0, participants: 0 });
  });
});

describe('re-applying after a CONFLICT', () => {
  const base = resultFormFrom(stored);

  it('puts the typed changes onto the latest version and keeps what someone else changed', () => {
    const mine = { ...base, participants: 6, description: '多職種研修会に市職員2名が参加' };
    const fresh = resultFormFrom({ ...stored, sessions: 2, costPayee: '室蘭市医師会 事務局' });
    const { form, mine: changed, theirs, clashes } = reapplyResultEdits(base, mine, fresh);
    expect(form).toEqual({ ...fresh, participants: 6, description: '多職種研修会に市職員2名が参加' });
    expect(changed).toEqual(['description', 'participants']);
    expect(theirs).toEqual(['sessions', 'costPayee']);
    expect(clashes).toEqual([]);
  });

  it('keeps my value where both changed a field, and names the clash', () => {
    const { form, clashes } = reapplyResultEdits(base, { ...base, participants: 6 }, resultFormFrom({ ...stored, participants: 9 }));
    expect(form.participants).toBe(6);
    expect(clashes).toEqual(['participants']);
  });

  it('compares what would be sent: spaces around the text and an emptied count are no change of mine', () => {
    const mine = { ...base, description: ` ${base.description} `, costPayee: `${base.costPayee} ` };
    const fresh = resultFormFrom({ ...stored, description: '差し替えられた内容' });
    expect(reapplyResultEdits(base, mine, fresh).form.description).toBe('差し替えられた内容');
    const zero = resultFormFrom({ ...stored, sessions: 0 });
    expect(reapplyResultEdits(zero, { ...zero, sessions: '' }, { ...zero, sessions: 3 }).form.sessions).toBe(3);
  });

  it('withdrawing a cost claim survives the reload', () => {
    const { form } = reapplyResultEdits(base, { ...base, claimsCost: false }, resultFormFrom({ ...stored, costYen: 35000 }));
    expect(form).toMatchObject({ claimsCost: false, costYen: 35000 });
    expect(updateResultInput('h', 'r1', 2, form)).toMatchObject({ version: 2, costYen: 0, costPayee: '', costDate: null });
  });
});

describe('refusals', () => {
  const error = (code: string, extensions: Record<string, unknown> = {}) => new CombinedError({ graphQLErrors: [new GraphQLError(`${code} message`, { extensions: { code, messageEn: `${code} in English`, ...extensions } })] });

  it('shows a double claim by the cost, a bad field by that field, and other refusals above the form', () => {
    expect(resultRefusal(error('DOUBLE_FUNDING', { expenseId: 'e1', programmeResultId: 'r1' }), 'ja')).toEqual({ code: 'DOUBLE_FUNDING', message: 'DOUBLE_FUNDING message', field: 'cost' });
    expect(resultRefusal(error('BAD_USER_INPUT', { field: 'periodEnd' }), 'en')).toEqual({ code: 'BAD_USER_INPUT', message: 'BAD_USER_INPUT in English', field: 'periodEnd' });
    expect(resultRefusal(error('NOT_OWN_MUNICIPALITY'), 'ja').field).toBeNull();
  });
});

describe('lists and totals', () => {
  const other = { ...stored, id: 'r2', item: 'KI_AWARENESS' as const, sessions: 2, participants: 60, municipality: { id: 'm2', name: '登別市' } };

  it('filters by municipality, all when none is chosen', () => {
    expect(filterByMunicipality([stored, other], 'm2').map((r) => r.id)).toEqual(['r2']);
    expect(filterByMunicipality([stored, other], '').map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('totals every item (ア)–(ク), in order, zero where nothing was done', () => {
    const totals = totalsByItem([stored, other, { ...other, id: 'r3', sessions: 1, participants: 40 }]);
    expect(totals.map((t) => t.item)).toEqual(['A_RESOURCES', 'I_ISSUES', 'U_SEAMLESS_PROVISION', 'E_INFORMATION_SHARING', 'O_CONSULTATION', 'KA_TRAINING', 'KI_AWARENESS', 'KU_INTER_MUNICIPAL']);
    expect(totals[6]).toEqual({ item: 'KI_AWARENESS', results: 2, sessions: 3, participants: 100 });
    expect(totals[0]).toEqual({ item: 'A_RESOURCES', results: 0, sessions: 0, participants: 0 });
  });

  it('finds the results that are new or changed since the last reading', () => {
    expect([...changedResultIds([stored], [stored, other])]).toEqual(['r2']);
    expect([...changedResultIds([stored, other], [{ ...stored, updatedAt: '2026-09-03T00:00:00Z' }, other])]).toEqual(['r1']);
    expect(changedResultIds([stored], [stored]).size).toBe(0);
  });

  it('offers fiscal years around this one and those of the cycles, newest first', () => {
    expect(fiscalYearOptions(2026, [2024, 2026])).toEqual([2027, 2026, 2025, 2024]);
    expect(fiscalYearOptions(2026, [2021])).toEqual([2027, 2026, 2025, 2024, 2021]);
  });

  it('offers projects newest year first and the activities of the chosen project', () => {
    const cycles = [
      { fiscalYear: 2025, plan: { projects: [{ id: 'p25', title: '旧事業', activities: [{ id: 'a25', title: '旧研修' }] }] } },
      { fiscalYear: 2026, plan: { projects: [{ id: 'p26', title: '退院支援', activities: [{ id: 'a26', title: '研修会' }] }] } },
    ];
    expect(projectOptions(cycles).map((p) => p.id)).toEqual(['p26', 'p25']);
    expect(activityOptions(cycles, 'p25')).toEqual([{ id: 'a25', title: '旧研修', projectId: 'p25' }]);
    expect(activityOptions(cycles, '').map((a) => a.id)).toEqual(['a25', 'a26']);
  });
});
