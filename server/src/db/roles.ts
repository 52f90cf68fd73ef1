import pg from 'pg';

export type DatabaseLayout = {
  database: string;
  owner: { name: string; password: string };
  app: { name: string; password: string };
};

const identifier = /^[a-z_][a-z0-9_]*$/;

/** Tables the application role may insert into and read, never change. */
export const APPEND_ONLY_TABLES = ['audit_entry'];

/** A plain lower-case SQL identifier, quoted; anything else is refused. */
export function ident(name: string): string {
  if (!identifier.test(name)) throw new Error(`"${name}" is not a plain lower-case SQL identifier`);
  return `"${name}"`;
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Creates (or re-asserts) the two roles and the database, connected as a superuser:
 * - the owner role owns the database and its tables and runs migrations;
 * - the application role may read and write rows but is not superuser, not owner and
 *   not BYPASSRLS, so the forced row-level-security policies apply to every query it makes.
 */
export async function ensureDatabase(adminUrl: string, layout: DatabaseLayout, options: { recreate?: boolean } = {}): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const role of [layout.owner, layout.app]) {
      const exists = await admin.query('select 1 from pg_roles where rolname = $1', [role.name]);
      const verb = exists.rowCount ? 'alter' : 'create';
      await admin.query(`${verb} role ${ident(role.name)} login password ${literal(role.password)} nosuperuser nocreatedb nocreaterole nobypassrls`);
    }
    const db = await admin.query('select 1 from pg_database where datname = $1', [layout.database]);
    if (db.rowCount && options.recreate) {
      await admin.query(`drop database ${ident(layout.database)} with (force)`);
    }
    if (!db.rowCount || options.recreate) {
      await admin.query(`create database ${ident(layout.database)} owner ${ident(layout.owner.name)} encoding 'UTF8' template template0`);
    }
  } finally {
    await admin.end();
  }

  const url = new URL(adminUrl);
  url.pathname = `/${layout.database}`;
  const inDb = new pg.Client({ connectionString: url.toString() });
  await inDb.connect();
  try {
    const owner = ident(layout.owner.name);
    const app = ident(layout.app.name);
    await inDb.query(`alter schema public owner to ${owner}`);
    await inDb.query(`revoke all on schema public from public`);
    await inDb.query(`grant usage on schema public to ${app}`);
    await inDb.query(`grant connect on database ${ident(layout.database)} to ${app}`);
    await inDb.query(`alter default privileges for role ${owner} in schema public grant select, insert, update, delete on tables to ${app}`);
    await inDb.query(`alter default privileges for role ${owner} in schema public grant usage, select on sequences to ${app}`);
    await inDb.query(`grant select, insert, update, delete on all tables in schema public to ${app}`);
    await inDb.query(`grant usage, select on all sequences in schema public to ${app}`);
    // The audit trail is append-only: the grant above must not give back what its migration took.
    for (const table of APPEND_ONLY_TABLES) {
      const exists = await inDb.query('select 1 from pg_tables where schemaname = current_schema() and tablename = $1', [table]);
      if (exists.rowCount) await inDb.query(`revoke update, delete, truncate on ${ident(table)} from ${app}`);
    }
  } finally {
    await inDb.end();
  }
}

export function urlFor(base: string, role: { name: string; password: string }, database: string): string {
  const url = new URL(base);
  url.username = role.name;
  url.password = role.password;
  url.pathname = `/${database}`;
  return url.toString();
}
