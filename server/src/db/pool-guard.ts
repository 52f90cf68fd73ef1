import type pg from 'pg';

/** How long a connection that died while checked out may stay out before its slot is taken back. */
export const DEAD_CONNECTION_GRACE_MS = 3_000;

/**
 * Takes back the pool slot of a connection that died while checked out (PostgreSQL restarted,
 * the network dropped) and that nobody gave back. Kysely releases a transaction's connection only
 * after its rollback succeeds, and the rollback of a transaction whose connection is gone cannot:
 * every such transaction would keep its slot for good, and once the pool is full of them every
 * query would wait forever, /readyz included, though the database is back. A dead connection can
 * run nothing, so releasing it as broken (the pool closes it and opens a new one) loses nothing.
 */
export function releaseDeadConnections(pool: pg.Pool, onReleased: (error: Error) => void = () => undefined): void {
  const out = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => out.add(client));
  pool.on('release', (_error, client) => out.delete(client));
  pool.on('remove', (client) => out.delete(client as pg.PoolClient));
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      setTimeout(() => {
        const checkedOut = client as pg.PoolClient;
        if (!out.has(checkedOut)) return;
        out.delete(checkedOut);
        try {
          checkedOut.release(error);
          onReleased(error);
        } catch {
          // Given back meanwhile.
        }
      }, DEAD_CONNECTION_GRACE_MS).unref();
    });
  });
}
