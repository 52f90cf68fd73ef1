/**
 * Writes `hostile.json`, the hostile-input corpus, from the committed schema: for every argument
 * leaf of every mutation (input fields two levels deep), the values no service should ever see —
 * text with NUL, half a surrogate pair, bidi overrides or a length far past any limit; numbers
 * negative, fractional or past 32 bits; ids that are no record's; enums, dates and times that do
 * not exist; lists far too long; nulls where a value is required — plus whole requests that are
 * malformed at the HTTP or GraphQL level. The corpus is data: review it as such, and regenerate
 * it with `pnpm --filter @hub/tests exec tsx corpus/generate-hostile.ts` when the schema changes
 * (the corpus test fails on an entry whose argument no longer exists).
 *
 * Long values are written as `{ "$repeat": value, "times": n }` (a string, or with `"list": true` a
 * list) and `{ "$concat": [...] }`, so the file stays readable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

export type VariableEntry = {
  kind: 'argument';
  name: string;
  mutation: string;
  /** Argument path, e.g. `input.title` or `input.invitees.0.name`. */
  path: string;
  value: unknown;
};
export type RequestEntry = {
  kind: 'request';
  name: string;
  method: 'GET' | 'POST';
  /** Query string for GET. */
  search?: string;
  contentType?: string;
  /** Raw body, or a JSON value sent as it is. */
  body?: string | { json: unknown };
  /** HTTP statuses the refusal may come with (200 where the operation runs and a field refuses). */
  status: number[];
};
export type Entry = VariableEntry | RequestEntry;

const repeat = (text: string, times: number) => ({ $repeat: text, times });
const concat = (...parts: unknown[]) => ({ $concat: parts });

const TEXT: [string, unknown][] = [
  ['a NUL byte', '協議\u0000会'],
  ['a lone high surrogate', '協議\uD83D会'],
  ['a lone low surrogate', '\uDE00会'],
  ['a right-to-left override', '会館\u202Efdp.exe'],
  ['a first-strong isolate', '\u2068abc\u2069'],
  ['100,001 characters', repeat('あ', 100_001)],
  ['a number', 12345],
  ['an object', { $ne: null }],
];
const ONE_LINE_EXTRA: [string, unknown][] = [['a bell character', '協議\u0007会']];
const INT: [string, unknown][] = [
  ['a negative number', -1],
  ['a number past 32 bits', 2_147_483_648],
  ['a fraction', 1.5],
  ['a number as text', '12'],
  ['a trillion', 1e12],
];
const ID: [string, unknown][] = [
  ['text that is no record id', "1' or '1'='1"],
  ['an empty id', ''],
  ['an id of 5,000 characters', repeat('f', 5000)],
  ['an object as id', { id: 1 }],
];
const BOOLEAN: [string, unknown][] = [
  ['text for a yes/no', 'true'],
  ['a number for a yes/no', 1],
];
const ENUM: [string, unknown][] = [
  ['a value that is not in the list', 'DROP_TABLE'],
  ['a lowercase value', 'secretariat'],
];
const LOCAL_DATE: [string, unknown][] = [
  ['the year 1900', '1900-01-01'],
  ['the 30th of February', '2026-02-30'],
  ['a word for a date', 'tomorrow'],
  ['a date and time for a date', '2026-04-01T00:00:00Z'],
];
const DATE_TIME: [string, unknown][] = [
  ['the year 1900', '1900-01-01T10:00:00+09:00'],
  ['month 13', '2026-13-01T10:00:00+09:00'],
  ['a word for a time', 'now'],
  ['the year 275760', '+275760-09-13T00:00:00Z'],
];
const LIST_LENGTH = 1_001;

type Leaf = { path: string; type: GraphQLInputType; oneLine: boolean };

function leaves(path: string, type: GraphQLInputType, depth: number, out: Leaf[]): void {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    out.push({ path, type, oneLine: false });
    const inner = getNamedType(nullable);
    if (isInputObjectType(inner) && depth < 2) for (const field of Object.values(inner.getFields())) leaves(`${path}.0.${field.name}`, field.type, depth + 1, out);
    else if (!isInputObjectType(inner)) out.push({ path: `${path}.0`, type: nullable.ofType as GraphQLInputType, oneLine: true });
    return;
  }
  if (isInputObjectType(nullable)) {
    if (isNonNullType(type)) out.push({ path, type, oneLine: false });
    if (depth < 2) for (const field of Object.values(nullable.getFields())) leaves(`${path}.${field.name}`, field.type, depth + 1, out);
    return;
  }
  out.push({ path, type, oneLine: true });
}

function valuesFor(leaf: Leaf): [string, unknown][] {
  const values: [string, unknown][] = [];
  if (isNonNullType(leaf.type)) values.push(['nothing where a value is required', null]);
  const nullable = getNullableType(leaf.type);
  if (isListType(nullable)) {
    const inner = getNamedType(nullable);
    const element = isEnumType(inner) ? inner.getValues()[0]!.value : isInputObjectType(inner) ? {} : inner.name === 'Int' ? 1 : 'a';
    values.push([`${LIST_LENGTH.toLocaleString('en')} items`, { $repeat: element, times: LIST_LENGTH, list: true }]);
    values.push(['text for a list of objects', isInputObjectType(inner) ? 'x' : { nested: { deeper: [] } }]);
    return values;
  }
  if (isInputObjectType(nullable)) return [...values, ['text for an object', 'x'], ['a list for an object', [1, 2, 3]]];
  if (isEnumType(nullable)) return [...values, ...ENUM];
  if (!isScalarType(nullable)) return values;
  switch (nullable.name) {
    case 'String':
      return [...values, ...TEXT, ...(leaf.oneLine ? ONE_LINE_EXTRA : [])];
    case 'Int':
      return [...values, ...INT];
    case 'ID':
      return [...values, ...ID];
    case 'Boolean':
      return [...values, ...BOOLEAN];
    case 'LocalDate':
      return [...values, ...LOCAL_DATE];
    case 'DateTime':
    case 'DateTimeISO':
      return [...values, ...DATE_TIME];
    default:
      return [...values, ['text of 5,000 characters for a custom scalar', repeat('x', 5000)]];
  }
}

/** Requests malformed before any argument is read. */
function requests(): RequestEntry[] {
  const post = (name: string, body: RequestEntry['body'], status: number[] = [400], extra: Partial<RequestEntry> = {}): RequestEntry => ({
    kind: 'request',
    name,
    method: 'POST',
    contentType: 'application/json',
    body,
    status,
    ...extra,
  });
  const deep = (levels: number) => `{ ${'municipalities { zone { '.repeat(levels)}name${' } }'.repeat(levels)} }`;
  const list: RequestEntry[] = [
    post('a body that is not JSON', '{"query": "{ __typename }"', [400]),
    post('a body that is JSON text, not an object', '"{ __typename }"', [400]),
    post('a body that is a number', '42', [400]),
    post('a body that is null', 'null', [400]),
    post('an empty body', '', [400]),
    post('a batch of operations', { json: [{ query: '{ __typename }' }, { query: '{ __typename }' }] }, [400]),
    post('a query that is a number', { json: { query: 123 } }, [400]),
    post('a query that is an object', { json: { query: { kind: 'Document' } } }, [400]),
    post('no query at all', { json: { variables: {} } }, [400]),
    post('variables that are text', { json: { query: '{ __typename }', variables: 'x' } }, [400]),
    post('variables that are a list', { json: { query: '{ __typename }', variables: [1] } }, [400]),
    post('an operation name that is a number', { json: { query: '{ __typename }', operationName: 1 } }, [400]),
    post('an operation name that names nothing', { json: { query: 'query A { __typename }', operationName: 'B' } }, [400]),
    post('two anonymous operations', { json: { query: '{ __typename } { __typename }' } }, [400]),
    post('an unterminated string', { json: { query: '{ hub(hubId: "abc) { id } }' } }, [400]),
    post('an unbalanced brace', { json: { query: '{ homeCareZones { id }' } }, [400]),
    post('only a comment', { json: { query: '# nothing' } }, [400]),
    post('a NUL byte in the document', { json: { query: '{ __typename \u0000 }' } }, [400]),
    post('a field that does not exist', { json: { query: '{ secrets }' } }, [400]),
    post('a subscription over HTTP', { json: { query: 'subscription { hubEvents(hubId: "00000000-0000-4000-8000-000000000000") { sequence } }' } }, [400]),
    post('depth of six levels', { json: { query: deep(3) } }, [400]),
    post('depth of fifty levels', { json: { query: deep(25) } }, [400]),
    post('depth of five hundred levels', { json: { query: deep(250) } }, [400]),
    post('2,000 aliases', { json: { query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }` } }, [400]),
    post('50 aliases of a list', { json: { query: `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: homeCareZones { id }`).join(' ')} }` } }, [400]),
    post('500 directives on one field', { json: { query: `{ __typename ${'@include(if: true) '.repeat(500)}}` } }, [400]),
    post('a directive that does not exist', { json: { query: '{ __typename @exploit }' } }, [400]),
    post('a fragment that spreads itself', { json: { query: 'query { ...F } fragment F on Query { ...F }' } }, [400]),
    post('two fragments that spread each other', { json: { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' } }, [400]),
    post('a fragment on a type that does not exist', { json: { query: 'query { ...F } fragment F on Nothing { id }' } }, [400]),
    post('10,000 tokens of field names', { json: { query: concat('{ ', repeat('__typename ', 10_000), '}') } }, [400]),
    post('a variable declared twice', { json: { query: 'query ($a: ID!, $a: ID!) { hub(hubId: $a) { id } }', variables: { a: 'x' } } }, [400]),
    post('a variable of a type that does not exist', { json: { query: 'query ($a: Nothing) { __typename }' } }, [400]),
    post('a variable used but not declared', { json: { query: '{ hub(hubId: $a) { id } }' } }, [400]),
    post('an argument that does not exist', { json: { query: '{ homeCareZones(drop: true) { id } }' } }, [400]),
    post('a string where an input object is expected, as a literal', { json: { query: 'mutation { raiseIssue(input: "x") { id } }' } }, [400]),
    post('a 900,000-character string literal', { json: { query: concat('{ hub(hubId: "', repeat('x', 900_000), '") { id } }') } }, [200, 400]),
    post('a body over the 1 MB limit', { json: { query: '{ __typename }', variables: { pad: repeat('x', 1_100_000) } } }, [413]),
    post('introspection of the whole schema in production', { json: { query: '{ __schema { types { name fields { name } } } }' } }, [400]),
    post('a mutation over GET', undefined, [400, 405], { method: 'GET', search: `?query=${encodeURIComponent('mutation { logout }')}`, contentType: undefined }),
    post('text/plain (a cross-site form post)', '{"query":"mutation { logout }"}', [400, 415], { contentType: 'text/plain' }),
    post('application/x-www-form-urlencoded (a cross-site form post)', 'query=mutation%20%7B%20logout%20%7D', [400, 415], { contentType: 'application/x-www-form-urlencoded' }),
    post('multipart/form-data (a cross-site form post)', '--b\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { logout }\r\n--b--', [400, 415], {
      contentType: 'multipart/form-data; boundary=b',
    }),
    post('a GET without a query', undefined, [400], { method: 'GET', search: '', contentType: undefined }),
    post('a GET with variables that are not JSON', undefined, [400], { method: 'GET', search: `?query=${encodeURIComponent('query ($a: ID!) { hub(hubId: $a) { id } }')}&variables=%7Bnope`, contentType: undefined }),
    post('a GET with extensions that are not JSON', undefined, [400], { method: 'GET', search: `?query=${encodeURIComponent('{ __typename }')}&extensions=%7B`, contentType: undefined }),
    post('a persisted-query hash that was never registered', { json: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } } }, [400, 200]),
  ];
  return list;
}

export function generate(sdl: string): Entry[] {
  const schema = buildSchema(sdl);
  const entries: Entry[] = [];
  for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
    const found: Leaf[] = [];
    for (const arg of mutation.args) leaves(arg.name, arg.type, 0, found);
    for (const leaf of found) for (const [what, value] of valuesFor(leaf)) entries.push({ kind: 'argument', name: `${mutation.name}: ${leaf.path} as ${what}`, mutation: mutation.name, path: leaf.path, value });
  }
  return [...entries, ...requests()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../../', import.meta.url);
  const entries = generate(readFileSync(new URL('schema/schema.graphql', root), 'utf8'));
  writeFileSync(new URL('tests/corpus/hostile.json', root), `${JSON.stringify(entries, null, 1)}\n`);
  console.log(`${entries.length} entries (${entries.filter((e) => e.kind === 'argument').length} arguments, ${entries.filter((e) => e.kind === 'request').length} requests)`);
}
