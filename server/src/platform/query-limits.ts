import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getNullableType, isListType, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError } from './app-error.js';

/**
 * How big one GraphQL operation may be, over HTTP and over the WebSocket alike: depth, aliases,
 * directives and tokens (GraphQL Armor), and a cost (graphql-query-complexity) in which every
 * field costs one and a list multiplies what is selected in it by the number of items it can hold. The signed-in limits are set above the
 * largest operation the client sends (a test runs every .graphql document of the client through
 * them); anonymous callers, who can only read reference data and sign in, get lower ones.
 */
export type QueryLimits = { depth: number; aliases: number; directives: number; tokens: number; cost: number };

export const SIGNED_IN_LIMITS: QueryLimits = { depth: 8, aliases: 20, directives: 20, tokens: 3000, cost: 100_000 };
export const ANONYMOUS_LIMITS: QueryLimits = { depth: 5, aliases: 5, directives: 5, tokens: 3000, cost: 3_000 };

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

/**
 * The items a list field is costed at: the number it was asked for (`first`, `limit`) when it
 * takes one, else what the field declares as `listSize` in its extensions, else this.
 */
export const DEFAULT_LIST_SIZE = 10;

/** Declares how many items a list field holds at most in practice, for its cost. */
export function ListSize(items: number): MethodDecorator & PropertyDecorator {
  return Extensions({ listSize: items });
}

const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isListType(getNullableType(field.type))) return undefined;
  const asked = [args.first, args.limit].find((n): n is number => typeof n === 'number' && n >= 0);
  const declared = field.extensions?.listSize;
  const size = asked ?? (typeof declared === 'number' ? declared : DEFAULT_LIST_SIZE);
  return 1 + Math.max(childComplexity, 1) * size;
};

/** The cost of an operation, as the limit counts it (for tests and benchmarks). */
export const costEstimators: ComplexityEstimator[] = [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/**
 * The cost of an operation with its variables (a list asked for with `first: $n` counts n items).
 * Costed once the operation is known and before it runs, over HTTP and the WebSocket alike.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName?: string | null): number | null {
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: costEstimators });
  } catch {
    // Variables that do not fit their types: execution refuses them, coded, without running anything.
    return null;
  }
}

/** The refusal of an operation over the cost limit, or null. */
export function costRefusal(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined, limits: QueryLimits): AppError | null {
  const cost = operationCost(schema, document, variables, operationName);
  return cost !== null && cost > limits.cost ? tooComplex('cost', limits.cost, `cost ${cost}`) : null;
}

/** The validation rules (depth, aliases, directives) for a set of limits; a rejection is reported as a coded, bilingual error. */
export function queryLimitRules(limits: QueryLimits, onRefused: (refusal: AppError) => void = () => undefined): ValidationRule[] {
  const report = (limit: keyof QueryLimits) => ({
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const refusal = tooComplex(limit, limits[limit], error.message);
        onRefused(refusal);
        ctx?.reportError(refusal);
      },
    ],
  });
  return [
    maxDepthRule({ n: limits.depth, ...report('depth') }),
    maxAliasesRule({ n: limits.aliases, ...report('aliases') }),
    maxDirectivesRule({ n: limits.directives, ...report('directives') }),
  ];
}

export const QUERY_TIMEOUT = 'QUERY_TIMEOUT';

/**
 * type-graphql middleware: once an operation has run past its deadline, every field it has not
 * started yet is refused, so a request that is slow for any reason ends instead of holding the
 * process and its database connections; the answer names the limit.
 */
export const ExecutionDeadlineMiddleware: MiddlewareFn<{ deadline: number | null }> = ({ context }, next) => {
  if (context.deadline !== null && Date.now() > context.deadline) {
    throw new AppError(QUERY_TIMEOUT, {
      ja: '処理に時間がかかりすぎたため中断しました。条件を絞るか、問い合わせを分けてください。',
      en: 'The operation took too long and was stopped. Narrow it down or split it.',
    });
  }
  return next();
};
