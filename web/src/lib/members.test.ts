import { describe, expect, it } from 'vitest';
import { passwordProblems } from '../../../server/src/modules/account/password.rules';
import {
  addableMunicipalities, contactChanges, contactForm, groupByRole, invitationLink, newestMembership, passwordChecks, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, reapplyContactEdits,
} from './members';

/** Every rule the page shows is met. */
const passwordMeetsPolicy = (password: string): boolean => passwordChecks(password).every((c) => c.met);

describe('invitationLink', () => {
  it('puts the token under /invitations of the origin', () => {
    expect(invitationLink('https://hub.example.jp', 'abc_DEF-123')).toBe('https://hub.example.jp/invitations/abc_DEF-123');
  });
  it('does not double the slash and encodes what is not URL-safe', () => {
    expect(invitationLink('http://127.0.0.1:4000/', 'a/b+c')).toBe('http://127.0.0.1:4000/invitations/a%2Fb%2Bc');
  });
});

describe('groupByRole', () => {
  const member = (id: string, role: 'SECRETARIAT' | 'ADVISOR' | 'MUNICIPALITY' | 'HEALTH_CENTER', displayName: string) => ({ id, role, user: { displayName } });
  it('lists the roles in a fixed order, leaves out empty ones and sorts by name', () => {
    const groups = groupByRole([member('1', 'MUNICIPALITY', '室蘭 太郎'), member('2', 'SECRETARIAT', 'Sato'), member('3', 'MUNICIPALITY', '伊達 花子'), member('4', 'SECRETARIAT', 'Abe')]);
    expect(groups.map((g) => g.role)).toEqual(['SECRETARIAT', 'MUNICIPALITY']);
    expect(groups[0]!.members.map((m) => m.id)).toEqual(['4', '2']);
    expect(groups[1]!.members).toHaveLength(2);
  });
  it('gives nothing for no members', () => {
    expect(groupByRole([])).toEqual([]);
  });
});

describe('addableMunicipalities', () => {
  it('offers the zone’s municipalities that do not take part yet, in the zone’s order', () => {
    const zone = [{ id: 'a', name: '室蘭市' }, { id: 'b', name: '登別市' }, { id: 'c', name: '伊達市' }];
    expect(addableMunicipalities(zone, [{ municipality: { id: 'b' } }]).map((m) => m.name)).toEqual(['室蘭市', '伊達市']);
    expect(addableMunicipalities(zone, zone.map((m) => ({ municipality: m })))).toEqual([]);
  });
});

describe('contact form', () => {
  const original = { contactName: '室蘭 担当', contactEmail: null, contactPhone: '0143-00-0000' };
  it('fills empty fields with empty strings', () => {
    expect(contactForm(original)).toEqual({ contactName: '室蘭 担当', contactEmail: '', contactPhone: '0143-00-0000' });
  });
  it('sends only what changed, trimmed, and an emptied field as null', () => {
    expect(contactChanges(original, { contactName: ' 室蘭 担当 ', contactEmail: 'kaigo@city.example.jp', contactPhone: '' })).toEqual({ contactEmail: 'kaigo@city.example.jp', contactPhone: null });
  });
  it('sends nothing when nothing changed', () => {
    expect(contactChanges(original, contactForm(original))).toEqual({});
  });
});

describe('re-applying a contact after a CONFLICT', () => {
  const base = contactForm({ contactName: '室蘭 担当', contactEmail: null, contactPhone: '0143-00-0000' });

  it('puts the typed changes onto the latest contact and keeps what someone else changed', () => {
    const mine = { ...base, contactEmail: 'kaigo@city.example.jp' };
    const fresh = { ...base, contactName: '高橋' };
    const result = reapplyContactEdits(base, mine, fresh);
    expect(result.form).toEqual({ contactName: '高橋', contactEmail: 'kaigo@city.example.jp', contactPhone: '0143-00-0000' });
    expect(result).toMatchObject({ mine: ['contactEmail'], theirs: ['contactName'], clashes: [] });
    // Sent on the fresh version: only my change.
    expect(contactChanges({ contactName: '高橋', contactEmail: null, contactPhone: '0143-00-0000' }, result.form)).toEqual({ contactEmail: 'kaigo@city.example.jp' });
  });

  it('keeps my value where both changed the same field, and an emptied field stays emptied', () => {
    const result = reapplyContactEdits(base, { ...base, contactName: '佐藤', contactPhone: '' }, { ...base, contactName: '高橋', contactPhone: '0143-11-1111' });
    expect(result.form).toEqual({ contactName: '佐藤', contactEmail: '', contactPhone: '' });
    expect(result.clashes).toEqual(['contactName', 'contactPhone']);
  });

  it('takes spaces typed around a value as no change', () => {
    const result = reapplyContactEdits(base, { ...base, contactName: ' 室蘭 担当 ' }, { ...base, contactName: '高橋' });
    expect(result.form.contactName).toBe('高橋');
    expect(result.mine).toEqual([]);
  });
});

describe('newestMembership', () => {
  it('picks the membership created last', () => {
    const list = [
      { id: 'old', createdAt: '2025-04-01T00:00:00Z' },
      { id: 'new', createdAt: '2025-07-21T03:00:00Z' },
      { id: 'mid', createdAt: '2025-06-01T00:00:00Z' },
    ];
    expect(newestMembership(list)?.id).toBe('new');
    expect(newestMembership([])).toBeNull();
  });
});

describe('passwordChecks', () => {
  it('names each rule met or not', () => {
    expect(passwordChecks('short1!')).toEqual([
      { rule: 'LENGTH', met: false },
      { rule: 'LETTER', met: true },
      { rule: 'DIGIT', met: true },
      { rule: 'SYMBOL', met: true },
    ]);
    expect(passwordChecks('').every((c) => !c.met)).toBe(true);
  });
  it('counts characters, not UTF-16 units, and takes Japanese letters', () => {
    expect(passwordMeetsPolicy('在宅医療連携拠点の会議2025!')).toBe(true);
    expect(passwordChecks('😀'.repeat(PASSWORD_MIN_LENGTH - 3) + 'a1')[0]!.met).toBe(false);
  });
  it('refuses spaces as symbols and overlong passwords', () => {
    expect(passwordMeetsPolicy('abcdefghij 1234')).toBe(false);
    expect(passwordMeetsPolicy('a1!'.repeat(PASSWORD_MAX_LENGTH))).toBe(false);
  });
  it('agrees with the server’s rules (without the e-mail check, which needs the address)', () => {
    const samples = ['Zaitaku-Iryo-2025', 'Abcdefghij1!', 'abcdefghijklmn', '1234567890123!', '!!!!', '在宅医療連携拠点の会議2025!', 'Ａｂｃｄｅｆｇｈｉｊｋ１！', 'password 1234 x', 'ＸＸＸＸＸＸＸＸＸＸＸＸ１-'];
    for (const sample of samples) expect(passwordMeetsPolicy(sample), sample).toBe(passwordProblems(sample).length === 0);
  });
});
