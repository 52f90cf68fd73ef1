import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../platform/logger.js';
import type { EmbeddedDatabase } from './embedded.js';
import { migrate, openOrm } from './orm.js';
import { ensureDatabase, urlFor } from './roles.js';

export type Database = {
  orm: MikroORM;
  ownerUrl: string;
  close(): Promise<void>;
};

const EMBEDDED_DATABASE = 'hub';

/**
 * Connects to the configured PostgreSQL, or starts the embedded one when no DATABASE_URL is
 * given; applies pending migrations as the owner role; opens the application's ORM as the
 * application role and checks that row-level security really applies to that role.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let appUrl = config.database.url;
  let ownerUrl = config.database.ownerUrl;
  if (!appUrl || !ownerUrl) {
    log.info({ dir: config.database.embeddedDir, port: config.database.embeddedPort }, 'starting embedded PostgreSQL');
    const { startEmbeddedPostgres } = await import('./embedded.js');
    const started = await startEmbeddedPostgres({
      dir: config.database.embeddedDir,
      port: config.database.embeddedPort,
      log: (message) => log.debug({ postgres: message.trim() }, 'embedded PostgreSQL'),
      notice: (message) => log.warn(message),
    });
    embedded = started;
    const layout = {
      database: EMBEDDED_DATABASE,
      owner: { name: 'hub_owner', password: started.credentials.ownerPassword },
      app: { name: 'hub_app', password: started.credentials.appPassword },
    };
    appUrl = urlFor(started.adminUrl, layout.app, layout.database);
    ownerUrl = urlFor(started.adminUrl, layout.owner, layout.database);
    await ensureDatabase(started.adminUrl, layout).catch(async (error: unknown) => {
      await started.stop();
      throw error;
    });
  }
  try {
    const applied = await migrate(ownerUrl);
    if (applied.length) log.info({ migrations: applied }, 'applied migrations');
    const orm = await openOrm(appUrl);
    await assertApplicationRole(orm);
    return {
      orm,
      ownerUrl,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Refuses to run as a role for which row-level security would not apply. */
export async function assertApplicationRole(orm: MikroORM): Promise<void> {
  const [role] = await orm.em.getConnection().execute<{ name: string; superuser: boolean; bypass: boolean; owned: string }[]>(
    `select r.rolname as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
            (select count(*) from pg_tables t where t.schemaname = 'public' and t.tableowner = r.rolname) as owned
       from pg_roles r where r.rolname = current_user`,
  );
  if (!role) throw new Error('DATABASE_URL: could not read the connected role');
  const problems = [
    role.superuser && 'is a superuser',
    role.bypass && 'has BYPASSRLS',
    Number(role.owned) > 0 && 'owns the tables (use it as DATABASE_OWNER_URL instead)',
  ].filter(Boolean);
  if (problems.length) {
    throw new Error(
      `DATABASE_URL connects as role "${role.name}", which ${problems.join(' and ')}: row-level security would not protect one hub's data from another. ` +
        'Connect as a role that is not superuser, not the table owner and not BYPASSRLS (see README, "Database roles").',
    );
  }
}
