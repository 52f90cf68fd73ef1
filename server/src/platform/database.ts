import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database, Fresh } from './context.js';
import { forkForHub } from './tenancy.js';

/**
 * The database of one operation (a GraphQL request, a socket operation, a download): a fresh
 * unit of work, with one hub-scoped fork per hub it reaches (cached), and the unscoped one for the
 * reasons `Unscoped` names.
 */
export function openDatabase(root: EntityManager): Database {
  const em = root.fork();
  const hubForks = new Map<string, EntityManager>();
  return {
    hub(hubId: string, options?: Fresh) {
      if (options?.fresh) return forkForHub(em, hubId);
      let fork = hubForks.get(hubId);
      if (!fork) hubForks.set(hubId, (fork = forkForHub(em, hubId)));
      return fork;
    },
    unscoped: (_reason, options) => (options?.fresh ? em.fork() : em),
  };
}
