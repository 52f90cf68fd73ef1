/**
 * Recreates the benchmark's database on a local PostgreSQL: roles <database>_owner and
 * <database>_app, migrations, reference data and one prefecture admin account. Run by
 * fanout.ts as `node --import tsx ../tests/bench/setup-db.ts <admin-url> <database> <email> <password>`
 * with the working directory server/ (so that tsx compiles the server's decorators with the
 * server's tsconfig); prints {"appUrl", "ownerUrl"} as JSON on stdout.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../server/src/config.js';
import { migrate, openOrm } from '../../server/src/db/orm.js';
import { ensureDatabase, urlFor } from '../../server/src/db/roles.js';
import { seedReferenceData } from '../../server/src/db/seed/reference.js';
import { AuthService } from '../../server/src/modules/account/auth.service.js';
import { MembershipService } from '../../server/src/modules/hub/membership.service.js';
import { User } from '../../server/src/modules/account/user.entity.js';
import { GlobalRole } from '../../server/src/modules/account/account.types.js';

const [adminUrl, database, email, password] = process.argv.slice(2);
if (!adminUrl || !database || !email || !password) {
  process.stderr.write('usage: setup-db <superuser-url> <database> <admin-email> <admin-password>\n');
  process.exit(2);
}
const layout = {
  database,
  owner: { name: `${database}_owner`, password: randomBytes(18).toString('base64url') },
  app: { name: `${database}_app`, password: randomBytes(18).toString('base64url') },
};
await ensureDatabase(adminUrl, layout, { recreate: true });
const appUrl = urlFor(adminUrl, layout.app, database);
const ownerUrl = urlFor(adminUrl, layout.owner, database);
await migrate(ownerUrl);
const orm = await openOrm(appUrl);
try {
  const em = orm.em.fork();
  await seedReferenceData(em);
  const auth = new AuthService(loadConfig({ NODE_ENV: 'test', DATABASE_URL: appUrl }), new MembershipService());
  em.create(User, { email, displayName: 'ベンチ管理者', passwordHash: await auth.hashPassword(password), globalRole: GlobalRole.PREFECTURE_ADMIN });
  await em.flush();
} finally {
  await orm.close(true);
}
process.stdout.write(`${JSON.stringify({ appUrl, ownerUrl })}\n`);
