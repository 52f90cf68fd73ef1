import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, validate, type DocumentNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { ANONYMOUS_LIMITS, QUERY_TOO_COMPLEX, queryLimitRules, SIGNED_IN_LIMITS } from './query-limits.js';

const clientDir = path.resolve(import.meta.dirname, '../../../web/src/graphql');
type Schema = Awaited<ReturnType<typeof createSchema>>;
let schema: Schema;
beforeAll(async () => {
  schema = await createSchema();
});

/** Each operation of the client's documents, with the fragments it may use. */
function clientOperations(): { name: string; document: DocumentNode }[] {
  const files = readdirSync(clientDir).filter((f) => f.endsWith('.graphql'));
  const all = files.map((f) => parse(readFileSync(path.join(clientDir, f), 'utf8')));
  const fragments = all.flatMap((d) => d.definitions.filter((x) => x.kind === 'FragmentDefinition'));
  return all.flatMap((d) =>
    d.definitions.flatMap((def) => (def.kind === 'OperationDefinition' ? [{ name: def.name?.value ?? '(anonymous)', document: { kind: Kind.DOCUMENT, definitions: [def, ...fragments] } }] : [])),
  );
}

const refusals = (query: string | DocumentNode, limits = SIGNED_IN_LIMITS) =>
  validate(schema, typeof query === 'string' ? parse(query) : query, queryLimitRules(limits)).map((e) => e.extensions?.code);

describe('query limits', () => {
  it('let every operation the client sends through', () => {
    const operations = clientOperations();
    expect(operations.length).toBeGreaterThan(50);
    const refused = operations.filter((op) => refusals(op.document).length).map((op) => `${op.name}: ${validate(schema, op.document, queryLimitRules(SIGNED_IN_LIMITS)).map((e) => e.extensions?.messageEn).join('; ')}`);
    expect(refused).toEqual([]);
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
