import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { ANONYMOUS_LIMITS, costRefusal, operationCost, QUERY_TOO_COMPLEX, queryLimitRules, SIGNED_IN_LIMITS } from './query-limits.js';

const clientDir = path.resolve(import.meta.dirname, '../../../web/src/graphql');
type Schema = Awaited<ReturnType<typeof createSchema>>;
let schema: Schema;
beforeAll(async () => {
  schema = await createSchema();
});

/** Each operation of the client's documents, with the fragments it may use. */
export function clientOperations(): { name: string; document: DocumentNode }[] {
  const files = readdirSync(clientDir).filter((f) => f.endsWith('.graphql'));
  const all = files.map((f) => parse(readFileSync(path.join(clientDir, f), 'utf8')));
  const fragments = all.flatMap((d) => d.definitions.filter((x) => x.kind === 'FragmentDefinition'));
  return all.flatMap((d) =>
    d.definitions.flatMap((def) => (def.kind === 'OperationDefinition' ? [{ name: def.name?.value ?? '(anonymous)', document: { kind: Kind.DOCUMENT, definitions: [def, ...fragments] } }] : [])),
  );
}

/** Values of the right type for every variable of an operation: lists of one item, required fields only. */
export function dummyVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const value = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return value(type.ofType);
    if (isListType(type)) return [value(type.ofType)];
    if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, value(f.type)]));
    if (isEnumType(type)) return type.getValues()[0]!.value;
    const scalar = getNamedType(type).name;
    return { ID: '00000000-0000-4000-8000-000000000000', Int: 1, Float: 1, Boolean: false, LocalDate: '2025-04-01', DateTimeISO: '2025-04-01T00:00:00Z' }[scalar] ?? 'x';
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return Object.fromEntries((operation?.variableDefinitions ?? []).map((v) => [v.variable.name.value, value(typeFromAST(schema, v.type as never) as GraphQLInputType)]));
}

const refusals = (query: string | DocumentNode, limits = SIGNED_IN_LIMITS) =>
  validate(schema, typeof query === 'string' ? parse(query) : query, queryLimitRules(limits)).map((e) => e.extensions?.code);

describe('query limits', () => {
  it('let every operation the client sends through', () => {
    const operations = clientOperations();
    expect(operations.length).toBeGreaterThan(50);
    const refused = operations.filter((op) => refusals(op.document).length).map((op) => `${op.name}: ${validate(schema, op.document, queryLimitRules(SIGNED_IN_LIMITS)).map((e) => e.extensions?.messageEn).join('; ')}`);
    expect(refused).toEqual([]);
    const overCost = operations
      .map((op) => ({ name: op.name, cost: operationCost(schema, op.document, dummyVariables(schema, op.document)) }))
      .filter((op) => op.cost === null || op.cost > SIGNED_IN_LIMITS.cost);
    expect(overCost).toEqual([]);
  });

  it('cost a list by the items it holds: as many as asked for, else as many as the field declares', () => {
    const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables)!;
    // 179 municipalities, each with its zone (1 + name), each zone with up to 30 municipalities.
    expect(cost('{ municipalities { name } }')).toBe(1 + 179 * 1);
    expect(cost('{ municipalities { zone { municipalities { name } } } }')).toBe(1 + 179 * (1 + (1 + 30 * 1)));
    const recent = 'query ($h: ID!, $n: Int!) { recentAdvice(hubId: $h, limit: $n) { id body } }';
    expect(cost(recent, { h: '00000000-0000-4000-8000-000000000000', n: 50 })).toBe(1 + 50 * 2);
    expect(cost(recent, { h: '00000000-0000-4000-8000-000000000000', n: 1 })).toBe(1 + 1 * 2);
    const nested = `{ municipalities { ${'zone { municipalities { '.repeat(3)}name${' } }'.repeat(3)} } }`;
    expect(costRefusal(schema, parse(nested), {}, null, SIGNED_IN_LIMITS)?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost' });
  });

  it('refuse a deeply nested, an aliased and an expensive request, with a coded error', () => {
    const nest = (levels: number) => `{ municipalities { ${'zone { municipalities { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;
    expect(refusals(nest(1))).toEqual([]);
    expect(refusals(nest(5))).toContain(QUERY_TOO_COMPLEX);
    const aliases = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: homeCareZones { name }`).join(' ')} }`;
    expect(refusals(aliases)).toContain(QUERY_TOO_COMPLEX);
    const errors = validate(schema, parse(nest(5)), queryLimitRules(SIGNED_IN_LIMITS));
    expect(errors[0]?.message).toContain('問い合わせが大きすぎます');
    expect(errors[0]?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: expect.any(String) });
  });

  it('hold anonymous callers to less', () => {
    const wide = `{ ${Array.from({ length: 8 }, (_, i) => `z${i}: homeCareZones { name }`).join(' ')} }`;
    expect(refusals(wide)).toEqual([]);
    expect(refusals(wide, ANONYMOUS_LIMITS)).toContain(QUERY_TOO_COMPLEX);
  });
});
