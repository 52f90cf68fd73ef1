import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { AppError } from './errors.js';

/**
 * How big one GraphQL operation may be, over HTTP and over the WebSocket alike: depth, aliases,
 * directives, tokens and a static cost (GraphQL Armor). The signed-in limits are set above the
 * largest operation the client sends (a test runs every .graphql document of the client through
 * them); anonymous callers, who can only read reference data and sign in, get lower ones.
 */
export type QueryLimits = { depth: number; aliases: number; directives: number; tokens: number; cost: number };

export const SIGNED_IN_LIMITS: QueryLimits = { depth: 8, aliases: 20, directives: 20, tokens: 3000, cost: 4000 };
export const ANONYMOUS_LIMITS: QueryLimits = { depth: 5, aliases: 5, directives: 5, tokens: 3000, cost: 400 };

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

const what = {
  depth: { ja: '入れ子の深さ', en: 'depth' },
  aliases: { ja: '別名の数', en: 'aliases' },
  directives: { ja: 'ディレクティブの数', en: 'directives' },
  cost: { ja: '処理量', en: 'cost' },
  tokens: { ja: 'トークン数', en: 'tokens' },
} as const;

/** The refusal of an operation over a limit, coded and in both languages. */
export function tooComplex(limit: keyof QueryLimits, max: number, detail?: string): AppError {
  return new AppError(
    QUERY_TOO_COMPLEX,
    {
      ja: `問い合わせが大きすぎます（${what[limit].ja}の上限は${max}）。問い合わせを分けて送ってください。`,
      en: `The operation is too large (${what[limit].en} limit ${max})${detail ? `: ${detail}` : ''}. Split it into smaller operations.`,
    },
    { limit, max },
  );
}

/** The validation rules for a set of limits; a rejection is reported as a coded, bilingual error. */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const report = (limit: keyof QueryLimits) => ({
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(tooComplex(limit, limits[limit], error.message))],
  });
  return [
    maxDepthRule({ n: limits.depth, ...report('depth') }),
    maxAliasesRule({ n: limits.aliases, ...report('aliases') }),
    maxDirectivesRule({ n: limits.directives, ...report('directives') }),
    costLimitRule({ maxCost: limits.cost, ...report('cost') }),
  ];
}
