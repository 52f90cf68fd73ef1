import { readFileSync, writeFileSync } from 'node:fs';
import { getNamedType, isObjectType, Kind, parse, valueFromASTUntyped, type FieldNode, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry, RequestEntry, VariableEntry } from '../../corpus/generate-hostile.js';
import { startServer, type Client, type GqlResult, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { MUTATIONS, type Role } from '../../support/mutation-catalogue.js';
import { prefectureAdmin } from '../../support/world.js';
import { testDatabase } from '../../support/database.js';

/**
 * The hostile-input corpus (`tests/corpus/hostile.json`) against a production server. Each
 * mutation's arguments come from a call the permission matrix knows to succeed, made by a member
 * allowed to make it; each entry then spoils one argument, so a refusal can only come from the
 * spoiled value. Every entry must be refused with a coded, bilingual error (never
 * INTERNAL_SERVER_ERROR), the server must stay ready, and the database must be the same after
 * the run as before it, table by table.
 */

const corpus = JSON.parse(readFileSync(new URL('../../corpus/hostile.json', import.meta.url), 'utf8')) as Entry[];
const CONCURRENCY = 6;
/** Tables a refused request may still touch, and why. */
const BOOKKEEPING: Record<string, string> = {
  session: 'a request renews its session’s last use',
  login_attempt: 'sign-in attempts are counted whatever the input',
};

let server: TestServer;
let world: CycleWorld;
let clients: Record<Exclude<Role, 'OTHER_HUB'>, Client>;
const prepared = new Map<string, { client: Client; document: string; args: Record<string, unknown> }>();

/** Expands `$repeat` and `$concat` values of the corpus. */
function expand(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expand);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('$repeat' in object) {
      const times = object.times as number;
      return object.list ? Array.from({ length: times }, () => expand(object.$repeat)) : String(object.$repeat).repeat(times);
    }
    if ('$concat' in object) return (object.$concat as unknown[]).map((part) => expand(part) as string).join('');
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, expand(v)]));
  }
  return value;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const [index, key] of keys.slice(0, -1).entries()) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = /^\d+$/.test(keys[index + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/**
 * Turns a catalogue call into the mutation's arguments by name, and a document that passes them
 * all as variables of the schema's own types.
 */
function asArguments(mutation: string, query: string, variables: Record<string, unknown> = {}): { document: string; args: Record<string, unknown> } {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === mutation)!;
  const args = Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
  const definition = server.app.schema.getMutationType()!.getFields()[mutation]!;
  const declarations = definition.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = definition.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(definition.type)) ? ' { __typename }' : '';
  return { document: `mutation Hostile${declarations ? `(${declarations})` : ''} { ${mutation}${passed ? `(${passed})` : ''}${selection} }`, args };
}

async function snapshot(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: testDatabase().adminUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = current_schema() and tablename not like 'mikro_orm_%' order by 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      if (name in BOOKKEEPING) continue;
      const { rows } = await client.query<{ n: number; digest: string | null }>(`select count(*)::int as n, md5(string_agg(t::text, ',' order by t::text)) as digest from "${name}" t`);
      out[name] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

type Answer = { status: number; body: GqlResult | Record<string, unknown> | null; text: string };

async function send(entry: Entry): Promise<Answer> {
  if (entry.kind === 'argument') {
    const call = prepared.get(entry.mutation)!;
    const args = structuredClone(call.args);
    setAt(args, entry.path, expand(entry.value));
    const client = call.client;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client.ip, ...(client.cookie ? { cookie: client.cookie } : {}) },
      body: JSON.stringify({ query: call.document, variables: args }),
    });
    const text = await response.text();
    return { status: response.status, text, body: parseJson(text) };
  }
  return sendRequest(entry);
}

async function sendRequest(entry: RequestEntry): Promise<Answer> {
  const client = clients.SECRETARIAT;
  const body = entry.body === undefined ? undefined : typeof entry.body === 'string' ? entry.body : JSON.stringify(expand(entry.body.json));
  const response = await fetch(`${server.url}/graphql${entry.search ?? ''}`, {
    method: entry.method,
    headers: { ...(entry.contentType ? { 'content-type': entry.contentType } : {}), 'x-forwarded-for': client.ip, cookie: client.cookie! },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, body: parseJson(text) };
}

function parseJson(text: string): Answer['body'] {
  try {
    return JSON.parse(text) as Answer['body'];
  } catch {
    return null;
  }
}

/** What is wrong with an answer, or null when it is the coded, bilingual refusal expected. */
function problem(entry: Entry, answer: Answer): string | null {
  const show = `${answer.status} ${answer.text.slice(0, 300)}`;
  if (answer.status >= 500) return `answered ${show}`;
  if (!answer.body) return `not JSON: ${show}`;
  const errors = (answer.body as GqlResult).errors ?? [];
  if (!errors.length) return `accepted: ${show}`;
  if (entry.kind === 'request' && !entry.status.includes(answer.status)) return `status ${show}`;
  for (const error of errors) {
    const code = error.extensions?.code;
    if (!code || code === 'INTERNAL_SERVER_ERROR') return `code ${String(code)}: ${show}`;
    if (entry.kind === 'argument' && code !== 'BAD_USER_INPUT' && code !== 'BAD_REQUEST') return `refused as ${code}, not as bad input: ${show}`;
    if (typeof error.extensions?.messageEn !== 'string' || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(error.message)) return `not bilingual: ${show}`;
  }
  return null;
}

beforeAll(async () => {
  server = await startServer({ NODE_ENV: 'production' });
  const admin = await prefectureAdmin(server);
  world = await cycleWorld(server, { admin, zone: '胆振西部', municipalities: ['伊達市', '豊浦町'] });
  clients = { SECRETARIAT: world.secretariat, ADVISOR: world.advisor, MUNICIPALITY: world.municipality, HEALTH_CENTER: world.healthCenter, PREFECTURE_ADMIN: admin };
  const mutations = new Set(corpus.filter((e): e is VariableEntry => e.kind === 'argument').map((e) => e.mutation));
  for (const mutation of mutations) {
    const row = MUTATIONS[mutation];
    if (!row) throw new Error(`the corpus names ${mutation}, which the catalogue does not know: regenerate the corpus`);
    const call = await row.prepare({ server, world, fresh: () => cycleWorld(server), allowed: true });
    const role = Array.isArray(row.allowed) ? (row.allowed.find((r) => r !== 'OTHER_HUB') as Exclude<Role, 'OTHER_HUB'>) : 'SECRETARIAT';
    prepared.set(mutation, { client: call.client ?? clients[role], ...asArguments(mutation, call.query, call.variables) });
  }
}, 300_000);
afterAll(() => server?.close());

describe('the hostile-input corpus', () => {
  it('holds at least 500 entries, each naming an argument the schema still has', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    const mutations = server.app.schema.getMutationType()!.getFields();
    for (const entry of corpus) if (entry.kind === 'argument') expect(mutations[entry.mutation]?.args.some((a) => a.name === entry.path.split('.')[0]), entry.name).toBe(true);
  });

  it('is refused entry by entry with a coded, bilingual error; the server stays up and nothing is written', async () => {
    const before = await snapshot();
    const problems: string[] = [];
    const queue = [...corpus];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const found = problem(entry, await send(entry));
          if (found) problems.push(`${entry.name}: ${found}`);
        }
      }),
    );
    if (process.env.CORPUS_REPORT) writeFileSync(process.env.CORPUS_REPORT, problems.join("\n"));
    expect(problems.slice(0, 40), `${problems.length} of ${corpus.length} entries`).toEqual([]);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(await snapshot()).toEqual(before);
    expect(server.logs.filter((l) => l.msg === 'internal error in a GraphQL operation')).toEqual([]);
  }, 300_000);
});
