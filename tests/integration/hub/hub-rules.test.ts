import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errorCode, PASSWORD, signedIn, startServer, uniqueEmail, type TestServer } from '../../support/harness.js';
import { accept, hubWorld, prefectureAdmin, zones, type HubWorld } from '../../support/world.js';

let server: TestServer;
let admin: Client;

beforeAll(async () => {
  server = await startServer();
  admin = await prefectureAdmin(server);
});
afterAll(() => server.close());

const CREATE = 'mutation ($input: CreateHubInput!) { createHub(input: $input) { hub { id tier status designatedOn } secretariatInvitation { token invitation { role email } } } }';

async function setPopulation(zone: string, year: number, population: number) {
  const zoneId = (await zones(admin)).get(zone)!.id;
  await admin.ok('mutation ($z: ID!, $y: Int!, $p: Int!) { setZonePopulation(zoneId: $z, year: $y, population: $p) { year } }', { z: zoneId, y: year, p: population });
  return zoneId;
}

const hubInput = (zoneId: string, tier: string) => ({ zoneId, name: `${tier} 拠点`, tier, implementingBody: '医師会', implementingBodyKind: 'MEDICAL_ASSOCIATION' });

describe('hub tiers', () => {
  it('refuses core and district hubs in a zone of 100,000 people or fewer, quoting the rule', async () => {
    const zoneId = await setPopulation('宗谷', 2025, 100_000);
    for (const tier of ['CORE', 'DISTRICT']) {
      const result = await admin.gql(CREATE, { input: hubInput(zoneId, tier) });
      expect(errorCode(result)).toBe('TIER_REQUIRES_LARGE_ZONE');
      expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'tier', population: 100_000, year: 2025 });
      expect(result.errors?.[0]?.message).toContain('10万人を超える');
    }
    expect((await admin.gql(CREATE, { input: hubInput(zoneId, 'SINGLE') })).errors).toBeUndefined();
  });

  it('refuses them when no population is recorded', async () => {
    const zoneId = (await zones(admin)).get('根室市')!.id;
    const result = await admin.gql(CREATE, { input: hubInput(zoneId, 'CORE') });
    expect(errorCode(result)).toBe('TIER_REQUIRES_LARGE_ZONE');
    expect(result.errors?.[0]?.message).toContain('人口が登録されていない');
  });

  it('allows them above 100,000, judged on the latest year', async () => {
    await setPopulation('東胆振', 2024, 99_000);
    const zoneId = await setPopulation('東胆振', 2025, 100_001);
    for (const tier of ['CORE', 'DISTRICT']) {
      const result = await admin.gql<{ createHub: { hub: { tier: string } } }>(CREATE, { input: hubInput(zoneId, tier) });
      expect(result.errors).toBeUndefined();
      expect(result.data?.createHub.hub.tier).toBe(tier);
    }
  });

  it('applies the same rule when a hub is changed to core later', async () => {
    const zoneId = await setPopulation('遠軽', 2025, 60_000);
    const created = await admin.ok<{ createHub: { hub: { id: string } } }>(CREATE, { input: hubInput(zoneId, 'SINGLE') });
    const result = await admin.gql('mutation ($input: UpdateHubInput!) { updateHub(input: $input) { tier } }', { input: { hubId: created.createHub.hub.id, tier: 'CORE' } });
    expect(errorCode(result)).toBe('TIER_REQUIRES_LARGE_ZONE');
  });
});

describe('zone structure: one single hub, or one core hub and district hubs', () => {
  const UPDATE = 'mutation ($input: UpdateHubInput!) { updateHub(input: $input) { id status } }';
  const place = (zoneId: string, tier: string, name = `${tier} 拠点`) => admin.gql<{ createHub: { hub: { id: string } } }>(CREATE, { input: { ...hubInput(zoneId, tier), name } });

  it('refuses a second single hub, and any hub beside a single one, naming the hub already there', async () => {
    const zoneId = await setPopulation('中空知', 2025, 120_000);
    expect((await place(zoneId, 'SINGLE', '中空知在宅医療連携拠点')).errors).toBeUndefined();
    for (const tier of ['SINGLE', 'CORE', 'DISTRICT']) {
      const refused = await place(zoneId, tier);
      expect(errorCode(refused), tier).toBe('ZONE_STRUCTURE');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'tier', reason: 'ZONE_HAS_SINGLE', existingHub: '中空知在宅医療連携拠点' });
      expect(refused.errors?.[0]?.message).toContain('単独の拠点「中空知在宅医療連携拠点」');
    }
  });

  it('takes one core hub and several district hubs in a large zone, and no single hub beside them', async () => {
    const zoneId = await setPopulation('北空知', 2025, 150_000);
    expect((await place(zoneId, 'DISTRICT', '区域拠点 A')).errors).toBeUndefined();
    expect((await place(zoneId, 'CORE', '基幹拠点')).errors).toBeUndefined();
    expect((await place(zoneId, 'DISTRICT', '区域拠点 B')).errors).toBeUndefined();
    const secondCore = await place(zoneId, 'CORE');
    expect(secondCore.errors?.[0]?.extensions).toMatchObject({ code: 'ZONE_STRUCTURE', reason: 'ZONE_HAS_CORE', existingHub: '基幹拠点' });
    expect((await place(zoneId, 'SINGLE')).errors?.[0]?.extensions).toMatchObject({ code: 'ZONE_STRUCTURE', reason: 'ZONE_HAS_HUBS', existingHub: '区域拠点 A' });
  });

  it('frees the zone when the hub is revoked, and checks again when a revoked hub is reinstated', async () => {
    const zoneId = (await zones(admin)).get('千歳')!.id;
    const first = (await place(zoneId, 'SINGLE', '先の拠点')).data!.createHub.hub.id;
    await admin.ok(UPDATE, { input: { hubId: first, status: 'REVOKED' } });
    expect((await place(zoneId, 'SINGLE', '後の拠点')).errors).toBeUndefined();
    const back = await admin.gql(UPDATE, { input: { hubId: first, status: 'PREPARING' } });
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'ZONE_STRUCTURE', existingHub: '後の拠点' });
  });

  it('lets exactly one of ten single hubs placed in one zone at the same moment through', async () => {
    const zoneId = (await zones(admin)).get('江別')!.id;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => place(zoneId, 'SINGLE', `同時 ${i}`)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => errorCode(r) === 'ZONE_STRUCTURE').length).toBe(9);
  });
});

describe('who may designate', () => {
  it('lets only the prefecture create, designate and change hubs', async () => {
    const world = await hubWorld(server, { admin });
    const zoneId = (await zones(admin)).get('室蘭')!.id;
    const { client: outsider } = await signedIn(server);
    for (const client of [world.secretariat, outsider]) {
      expect(errorCode(await client.gql(CREATE, { input: hubInput(zoneId, 'SINGLE') }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql('mutation ($input: UpdateHubInput!) { updateHub(input: $input) { id } }', { input: { hubId: world.hubId, status: 'DESIGNATED', designatedOn: '2025-08-01' } }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await new Client(server).gql(CREATE, { input: hubInput(zoneId, 'SINGLE') }))).toBe('UNAUTHENTICATED');
    const designated = await admin.ok<{ updateHub: { status: string; designatedOn: string } }>(
      'mutation ($input: UpdateHubInput!) { updateHub(input: $input) { status designatedOn } }',
      { input: { hubId: world.hubId, status: 'DESIGNATED', designatedOn: '2025-08-01' } },
    );
    expect(designated.updateHub).toEqual({ status: 'DESIGNATED', designatedOn: '2025-08-01' });
  });

  it('requires a designation date for a designated hub', async () => {
    const zoneId = (await zones(admin)).get('上川北部')!.id;
    const result = await admin.gql(CREATE, { input: { ...hubInput(zoneId, 'SINGLE'), status: 'DESIGNATED' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('designatedOn');
  });

  it('invites the first secretariat member with the new hub', async () => {
    const zoneId = (await zones(admin)).get('富良野')!.id;
    const email = uniqueEmail('first');
    const created = await admin.ok<{ createHub: { hub: { id: string }; secretariatInvitation: { token: string; invitation: { role: string; email: string } } } }>(CREATE, {
      input: { ...hubInput(zoneId, 'SINGLE'), secretariatEmail: email },
    });
    expect(created.createHub.secretariatInvitation.invitation).toEqual({ role: 'SECRETARIAT', email });
    const secretariat = await accept(server, created.createHub.secretariatInvitation.token);
    const { me } = await secretariat.ok<{ me: { memberships: { role: string; hub: { id: string } }[] } }>('{ me { memberships { role hub { id } } } }');
    expect(me.memberships).toEqual([{ role: 'SECRETARIAT', hub: { id: created.createHub.hub.id } }]);
  });
});

describe('members and invitations', () => {
  let world: HubWorld;
  beforeAll(async () => {
    world = await hubWorld(server, { admin, municipalities: ['室蘭市', '登別市'] });
  });

  const INVITE = 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id role } } }';

  it('lets only the secretariat invite', async () => {
    const advisor = await world.invite('ADVISOR');
    const input = { hubId: world.hubId, email: uniqueEmail('x'), role: 'ADVISOR' };
    expect(errorCode(await advisor.gql(INVITE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.gql(INVITE, { input }))).toBe('FORBIDDEN');
    expect((await world.secretariat.gql(INVITE, { input })).errors).toBeUndefined();
  });

  it('binds a municipality member to one participating municipality', async () => {
    const muroran = world.zone.municipalities.find((m) => m.name === '室蘭市')!.id;
    const outside = (await zones(admin)).get('北見')!.municipalities[0]!.id;
    const invite = (role: string, municipalityId: string | null) => world.secretariat.gql(INVITE, { input: { hubId: world.hubId, email: uniqueEmail('m'), role, municipalityId } });
    expect((await invite('MUNICIPALITY', null)).errors?.[0]?.extensions?.problem).toBe('MUNICIPALITY_REQUIRED');
    expect((await invite('MUNICIPALITY', outside)).errors?.[0]?.extensions?.problem).toBe('MUNICIPALITY_NOT_PARTICIPATING');
    expect((await invite('ADVISOR', muroran)).errors?.[0]?.extensions?.problem).toBe('MUNICIPALITY_NOT_ALLOWED');
    const member = await world.invite('MUNICIPALITY', '室蘭市');
    const { me } = await member.ok<{ me: { memberships: { role: string; municipality: { name: string } }[] } }>('{ me { memberships { role municipality { name } } } }');
    expect(me.memberships).toEqual([{ role: 'MUNICIPALITY', municipality: { name: '室蘭市' } }]);
  });

  it('refuses a municipality outside the zone as a participant', async () => {
    const outside = (await zones(admin)).get('北見')!.municipalities[0]!;
    const result = await world.secretariat.gql('mutation ($input: AddParticipationInput!) { addParticipation(input: $input) { id } }', {
      input: { hubId: world.hubId, municipalityId: outside.id },
    });
    expect(errorCode(result)).toBe('MUNICIPALITY_OUTSIDE_ZONE');
  });

  it('keeps an invitation single-use, and revoked invitations unusable', async () => {
    const issued = await world.secretariat.ok<{ inviteMember: { token: string; invitation: { id: string } } }>(INVITE, { input: { hubId: world.hubId, email: uniqueEmail('once'), role: 'HEALTH_CENTER' } });
    await accept(server, issued.inviteMember.token);
    const again = await new Client(server).gql('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p, displayName: "再") { user { id } } }', { t: issued.inviteMember.token, p: PASSWORD });
    expect(errorCode(again)).toBe('INVITATION_INVALID');

    const revoked = await world.secretariat.ok<{ inviteMember: { token: string; invitation: { id: string } } }>(INVITE, { input: { hubId: world.hubId, email: uniqueEmail('revoked'), role: 'ADVISOR' } });
    await world.secretariat.ok('mutation ($h: ID!, $i: ID!) { revokeInvitation(hubId: $h, invitationId: $i) { revokedAt } }', { h: world.hubId, i: revoked.inviteMember.invitation.id });
    const late = await new Client(server).gql('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p, displayName: "遅") { user { id } } }', { t: revoked.inviteMember.token, p: PASSWORD });
    expect(errorCode(late)).toBe('INVITATION_INVALID');
  });

  it('enforces the password policy when a newcomer accepts, and writes nothing on refusal', async () => {
    const email = uniqueEmail('weak');
    const issued = await world.secretariat.ok<{ inviteMember: { token: string } }>(INVITE, { input: { hubId: world.hubId, email, role: 'ADVISOR' } });
    const weak = await new Client(server).gql('mutation ($t: String!) { acceptInvitation(token: $t, password: "short1!", displayName: "弱") { user { id } } }', { t: issued.inviteMember.token });
    expect(errorCode(weak)).toBe('PASSWORD_POLICY');
    expect(weak.errors?.[0]?.extensions?.problems).toEqual(['TOO_SHORT']);
    const noSymbol = await new Client(server).gql('mutation ($t: String!) { acceptInvitation(token: $t, password: "abcdefghij12345", displayName: "弱") { user { id } } }', { t: issued.inviteMember.token });
    expect(noSymbol.errors?.[0]?.extensions?.problems).toEqual(['NO_SYMBOL']);
    // The invitation is still open and the account was not created.
    const ok = await accept(server, issued.inviteMember.token);
    expect((await ok.ok<{ me: { user: { email: string } } }>('{ me { user { email } } }')).me.user.email).toBe(email);
  });

  it('tells the holder of an invitation link what it is for, until it is used or revoked', async () => {
    const PREVIEW = 'query ($t: String!) { invitationPreview(token: $t) { hubName zoneName role municipalityName email accountExists } }';
    const email = uniqueEmail('preview');
    const issued = await world.secretariat.ok<{ inviteMember: { token: string } }>(INVITE, { input: { hubId: world.hubId, email, role: 'ADVISOR' } });
    const anonymous = new Client(server);
    const { invitationPreview } = await anonymous.ok<{ invitationPreview: { hubName: string; zoneName: string; role: string; municipalityName: string | null; email: string; accountExists: boolean } }>(PREVIEW, { t: issued.inviteMember.token });
    const { hub } = await world.secretariat.ok<{ hub: { name: string; zone: { name: string } } }>('query ($h: ID!) { hub(hubId: $h) { name zone { name } } }', { h: world.hubId });
    expect(invitationPreview).toEqual({ hubName: hub.name, zoneName: hub.zone.name, role: 'ADVISOR', municipalityName: null, email, accountExists: false });
    await accept(server, issued.inviteMember.token);
    expect(errorCode(await anonymous.gql(PREVIEW, { t: issued.inviteMember.token }))).toBe('INVITATION_INVALID');
    expect(errorCode(await anonymous.gql(PREVIEW, { t: 'not-a-token' }))).toBe('INVITATION_INVALID');
    // For someone who already has an account, the link says so.
    const { user } = await signedIn(server);
    const again = await world.secretariat.ok<{ inviteMember: { token: string } }>(INVITE, { input: { hubId: world.hubId, email: user.email, role: 'ADVISOR' } });
    expect((await anonymous.ok<{ invitationPreview: { accountExists: boolean } }>(PREVIEW, { t: again.inviteMember.token })).invitationPreview.accountExists).toBe(true);
  });

  it('counts wrong passwords on an invitation like failed sign-ins, and slows the guessing address the same way', async () => {
    const other = await hubWorld(server, { admin, zone: '北渡島檜山' });
    const { user } = await signedIn(server);
    const issued = await other.secretariat.ok<{ inviteMember: { token: string } }>(INVITE, { input: { hubId: other.hubId, email: user.email, role: 'ADVISOR' } });
    const guesser = new Client(server);
    const attempt = (password: string) => guesser.gql('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { user { id } } }', { t: issued.inviteMember.token, p: password });
    for (let i = 0; i < 5; i++) expect(errorCode(await attempt(`Wrong-Password-${i}!x`))).toBe('INVALID_CREDENTIALS');
    // The guessing address waits now, even with the right password; the owner elsewhere does not.
    expect(errorCode(await attempt(PASSWORD))).toBe('LOGIN_RATE_LIMITED');
    expect((await new Client(server).login(user.email)).errors).toBeUndefined();
    const { hub } = await other.secretariat.ok<{ hub: { members: { user: { email: string } }[] } }>('query ($h: ID!) { hub(hubId: $h) { members { user { email } } } }', { h: other.hubId });
    expect(hub.members.map((m) => m.user.email)).not.toContain(user.email);
  });

  it('lets an existing user join a second hub with another role, confirming their password', async () => {
    const other = await hubWorld(server, { admin, zone: '北渡島檜山' });
    const { client, user } = await signedIn(server);
    const issued = await other.secretariat.ok<{ inviteMember: { token: string } }>(INVITE, { input: { hubId: other.hubId, email: user.email, role: 'ADVISOR' } });
    const wrong = await new Client(server).gql('mutation ($t: String!) { acceptInvitation(token: $t, password: "Wrong-Password-1!") { user { id } } }', { t: issued.inviteMember.token });
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    await client.ok('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { user { id } } }', { t: issued.inviteMember.token, p: PASSWORD });
    const issued2 = await world.secretariat.ok<{ inviteMember: { token: string } }>(INVITE, { input: { hubId: world.hubId, email: user.email, role: 'HEALTH_CENTER' } });
    await client.ok('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { user { id } } }', { t: issued2.inviteMember.token, p: PASSWORD });
    const { me } = await client.ok<{ me: { memberships: { role: string; hub: { id: string } }[] } }>('{ me { memberships { role hub { id } } } }');
    expect(me.memberships.map((m) => [m.hub.id, m.role]).sort()).toEqual([[other.hubId, 'ADVISOR'], [world.hubId, 'HEALTH_CENTER']].sort());
  });

  it('keeps at least one secretariat member', async () => {
    const { hub } = await world.secretariat.ok<{ hub: { members: { id: string; role: string }[] } }>('query ($h: ID!) { hub(hubId: $h) { members { id role } } }', { h: world.hubId });
    const own = hub.members.find((m) => m.role === 'SECRETARIAT')!;
    const result = await world.secretariat.gql('mutation ($h: ID!, $m: ID!) { removeMember(hubId: $h, membershipId: $m) { id } }', { h: world.hubId, m: own.id });
    expect(errorCode(result)).toBe('LAST_SECRETARIAT');
  });

  it('does not drop a municipality that a member speaks for', async () => {
    const result = await world.secretariat.gql('mutation ($h: ID!, $p: ID!) { removeParticipation(hubId: $h, participationId: $p) { id } }', {
      h: world.hubId,
      p: world.participationIds.get('室蘭市')!,
    });
    expect(errorCode(result)).toBe('PARTICIPATION_IN_USE');
    const free = await world.secretariat.gql('mutation ($h: ID!, $p: ID!) { removeParticipation(hubId: $h, participationId: $p) { id } }', {
      h: world.hubId,
      p: world.participationIds.get('登別市')!,
    });
    expect(free.errors).toBeUndefined();
  });

  it('shows pending invitations to the secretariat only', async () => {
    const advisor = await world.invite('ADVISOR');
    const query = 'query ($h: ID!) { hub(hubId: $h) { pendingInvitations { id } } }';
    expect(errorCode(await advisor.gql(query, { h: world.hubId }))).toBe('FORBIDDEN');
    expect((await world.secretariat.gql(query, { h: world.hubId })).errors).toBeUndefined();
  });
});

describe('participating municipalities edited concurrently', () => {
  it('refuses a contact change based on a stale version with CONFLICT and the current version, changing nothing', async () => {
    const world = await hubWorld(server, { admin });
    const participationId = world.participationIds.get('室蘭市')!;
    const UPDATE = 'mutation ($input: UpdateParticipationInput!) { updateParticipation(input: $input) { version contactName contactPhone } }';
    const update = (version: number, change: Record<string, unknown>) =>
      world.secretariat.gql<{ updateParticipation: { version: number; contactName: string | null; contactPhone: string | null } }>(UPDATE, { input: { hubId: world.hubId, participationId, version, ...change } });
    const read = async () =>
      (await world.secretariat.ok<{ hub: { participations: { id: string; version: number; contactName: string | null; contactPhone: string | null }[] } }>(
        'query ($h: ID!) { hub(hubId: $h) { participations { id version contactName contactPhone } } }',
        { h: world.hubId },
      )).hub.participations.find((p) => p.id === participationId);
    expect(await read()).toEqual({ id: participationId, version: 1, contactName: '室蘭市 担当', contactPhone: null });

    const first = await update(1, { contactName: '高橋' });
    expect(first.data?.updateParticipation).toEqual({ version: 2, contactName: '高橋', contactPhone: null });
    const stale = await update(1, { contactName: '佐藤', contactPhone: '0143-00-0000' });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    expect(await read()).toEqual({ id: participationId, version: 2, contactName: '高橋', contactPhone: null });

    expect((await update(2, { contactPhone: '0143-00-0000' })).data?.updateParticipation).toEqual({ version: 3, contactName: '高橋', contactPhone: '0143-00-0000' });
    expect((await update(3, { contactName: '高橋 花子' })).data?.updateParticipation.version).toBe(4);
  });
});
