import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context.js';

/** Who is changing what, for the length of one mutation: read by the audit writer. */
export type MutationScope = {
  requestId: string;
  operation: string;
  actorId: string | null;
  /** Network address the request came from. */
  address?: string | null;
};

export const mutationScope = new AsyncLocalStorage<MutationScope>();

/**
 * The id of the HTTP request being answered (the x-request-id header), for every log line and
 * error written while answering it.
 */
export const requestIds = new AsyncLocalStorage<string>();

/** Names the actor once known inside the mutation (sign-in, accepting an invitation). */
export function actAs(userId: string): void {
  const scope = mutationScope.getStore();
  if (scope) scope.actorId = userId;
}

/** type-graphql middleware: runs each root mutation inside its scope. */
export const MutationScopeMiddleware: MiddlewareFn<Context> = ({ context, info }, next) => {
  if (info.parentType.name !== 'Mutation' || info.path.prev) return next();
  return mutationScope.run({ requestId: context.requestId, operation: info.fieldName, actorId: context.viewer?.userId ?? null, address: context.ip ?? null }, next);
};
