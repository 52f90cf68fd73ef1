import { Client, GlobalRole, PASSWORD, signedIn, uniqueEmail, type TestServer } from './harness.js';

type Zone = { id: string; name: string; municipalities: { id: string; name: string }[] };

export const HUB_FIELDS = 'id name tier status designatedOn implementingBody activeRoleInstitutions zone { name }';

export async function zones(client: Client): Promise<Map<string, Zone>> {
  const data = await client.ok<{ homeCareZones: Zone[] }>('{ homeCareZones { id name municipalities { id name } } }');
  return new Map(data.homeCareZones.map((z) => [z.name, z]));
}

export async function prefectureAdmin(server: TestServer): Promise<Client> {
  return (await signedIn(server, { globalRole: GlobalRole.PREFECTURE_ADMIN, displayName: '道庁担当' })).client;
}

/** Accepts an invitation as a newcomer and returns the signed-in client. */
export async function accept(server: TestServer, token: string, displayName = '招待された人'): Promise<Client> {
  const client = new Client(server);
  await client.ok('mutation ($token: String!, $password: String!, $name: String) { acceptInvitation(token: $token, password: $password, displayName: $name) { user { id } } }', {
    token,
    password: PASSWORD,
    name: displayName,
  });
  return client;
}

export type HubWorld = {
  hubId: string;
  zone: Zone;
  admin: Client;
  secretariat: Client;
  invite(role: string, municipalityName?: string): Promise<Client>;
  participationIds: Map<string, string>;
};

/**
 * A hub in the given zone with a signed-in secretariat member, and the named municipalities
 * taking part: everything arranged through the API, as a prefecture and a secretariat would.
 */
export async function hubWorld(server: TestServer, options: { zone?: string; municipalities?: string[]; admin?: Client } = {}): Promise<HubWorld> {
  const admin = options.admin ?? (await prefectureAdmin(server));
  const zone = (await zones(admin)).get(options.zone ?? '室蘭')!;
  // A zone holds one single hub (ZONE_STRUCTURE): the prefecture withdraws the zone's live hubs
  // (the reference data's designated one, an earlier test's) before placing this one. A revoked
  // hub keeps its records and stays usable to the test that made it.
  const { hubs } = await admin.ok<{ hubs: { id: string; status: string; zone: { id: string } }[] }>('{ hubs { id status zone { id } } }');
  for (const live of hubs.filter((h) => h.zone.id === zone.id && h.status !== 'REVOKED')) {
    await admin.ok('mutation ($input: UpdateHubInput!) { updateHub(input: $input) { id } }', { input: { hubId: live.id, status: 'REVOKED' } });
  }
  const created = await admin.ok<{ createHub: { hub: { id: string }; secretariatInvitation: { token: string } } }>(
    `mutation ($input: CreateHubInput!) { createHub(input: $input) { hub { id } secretariatInvitation { token } } }`,
    {
      input: {
        zoneId: zone.id,
        name: `テスト拠点 ${Math.random().toString(36).slice(2, 7)}`,
        tier: 'SINGLE',
        implementingBody: 'テスト医師会',
        implementingBodyKind: 'MEDICAL_ASSOCIATION',
        secretariatEmail: uniqueEmail('secretariat'),
      },
    },
  );
  const hubId = created.createHub.hub.id;
  const secretariat = await accept(server, created.createHub.secretariatInvitation.token, '事務局');
  const participationIds = new Map<string, string>();
  for (const name of options.municipalities ?? zone.municipalities.slice(0, 2).map((m) => m.name)) {
    const municipality = zone.municipalities.find((m) => m.name === name)!;
    const added = await secretariat.ok<{ addParticipation: { id: string } }>(
      'mutation ($input: AddParticipationInput!) { addParticipation(input: $input) { id } }',
      { input: { hubId, municipalityId: municipality.id, contactName: `${name} 担当` } },
    );
    participationIds.set(name, added.addParticipation.id);
  }
  return {
    hubId,
    zone,
    admin,
    secretariat,
    participationIds,
    async invite(role, municipalityName) {
      const municipalityId = municipalityName ? zone.municipalities.find((m) => m.name === municipalityName)!.id : null;
      const issued = await secretariat.ok<{ inviteMember: { token: string } }>(
        'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }',
        { input: { hubId, email: uniqueEmail(role.toLowerCase()), role, municipalityId } },
      );
      return accept(server, issued.inviteMember.token, role);
    },
  };
}
