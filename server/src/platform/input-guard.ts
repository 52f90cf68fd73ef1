import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context.js';
import { badInput } from './errors.js';

// Half of a surrogate pair without its other half.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What no argument may carry, whatever the field: a NUL character (PostgreSQL cannot store it in
 * text) or half of a surrogate pair (not text at all), and an ID that is not a record's id (every
 * record is identified by a UUID). Refused as BAD_USER_INPUT naming the argument, before a
 * resolver runs, instead of failing inside the database as an internal error.
 */
export function inputProblem(type: GraphQLInputType, value: unknown, path: string): { path: string; kind: 'NUL' | 'ENCODING' | 'ID' } | null {
  if (value === null || value === undefined) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return null;
    for (const [i, item] of value.entries()) {
      const problem = inputProblem(inner.ofType as GraphQLInputType, item, `${path}.${i}`);
      if (problem) return problem;
    }
    return null;
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    for (const [key, field] of Object.entries(fields)) {
      const problem = inputProblem(field.type, (value as Record<string, unknown>)[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { path, kind: 'NUL' };
    if (LONE_SURROGATE.test(value)) return { path, kind: 'ENCODING' };
    if (named.name === 'ID' && !UUID.test(value)) return { path, kind: 'ID' };
  }
  return null;
}

const messages = {
  NUL: { ja: 'NUL文字（\\0）は入力できません。', en: 'The NUL character cannot be part of any input.' },
  ENCODING: { ja: '文字として読めない値が含まれています（壊れたUnicodeの文字）。', en: 'The value is not well-formed text (a lone surrogate).' },
  ID: { ja: 'IDの形式が正しくありません。', en: 'This is not the id of any record.' },
} as const;

/** type-graphql middleware: checks the arguments of every field that takes some, once per field. */
export const InputGuardMiddleware: MiddlewareFn<Context> = ({ args, info }, next) => {
  if (!args || Object.keys(args).length === 0) return next();
  const definitions: readonly GraphQLArgument[] = info.parentType.getFields()[info.fieldName]?.args ?? [];
  for (const definition of definitions) {
    const problem = inputProblem(definition.type, (args as Record<string, unknown>)[definition.name], definition.name);
    if (problem) throw badInput(problem.path.replace(/^input\./, '').replace(/\.\d+(?=\.|$)/g, ''), messages[problem.kind], { reason: problem.kind });
  }
  return next();
};
