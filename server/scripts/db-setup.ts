/**
 * Creates the owner and application roles and a database on a PostgreSQL server, connected as
 * a superuser, and prints the two connection URLs as shell exports:
 *
 *   eval "$(pnpm --silent --filter @hub/server db:setup postgres://postgres@127.0.0.1:5432/postgres hub_test --recreate)"
 *
 * Role passwords come from HUB_OWNER_PASSWORD / HUB_APP_PASSWORD, or are generated.
 */
import { randomBytes } from 'node:crypto';
import { ensureDatabase, urlFor } from '../src/db/roles.js';

const [adminUrl, database, ...flags] = process.argv.slice(2);
if (!adminUrl || !database) {
  process.stderr.write('usage: db-setup <superuser-url> <database> [--recreate]\n');
  process.exit(2);
}
const password = (given: string | undefined) => given || randomBytes(18).toString('base64url');
const layout = {
  database,
  owner: { name: process.env.HUB_OWNER_ROLE ?? 'hub_owner', password: password(process.env.HUB_OWNER_PASSWORD) },
  app: { name: process.env.HUB_APP_ROLE ?? 'hub_app', password: password(process.env.HUB_APP_PASSWORD) },
};
await ensureDatabase(adminUrl, layout, { recreate: flags.includes('--recreate') });
process.stdout.write(`export DATABASE_OWNER_URL='${urlFor(adminUrl, layout.owner, database)}'\n`);
process.stdout.write(`export DATABASE_URL='${urlFor(adminUrl, layout.app, database)}'\n`);
