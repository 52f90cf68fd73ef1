/**
 * Migration tasks, run as the owner role (DATABASE_OWNER_URL):
 *   create  apply pending migrations, then write a new one for what the entities add
 *   check   apply pending migrations, then fail if the entities still differ from the database
 *   up      apply pending migrations
 */
import 'reflect-metadata';
import { openOrm } from '../src/db/orm.js';

const task = process.argv[2];
const ownerUrl = process.env.DATABASE_OWNER_URL;
if (!ownerUrl || !['create', 'check', 'up'].includes(task ?? '')) {
  process.stderr.write('usage: DATABASE_OWNER_URL=postgres://owner@host/db migrations <create|check|up>\n');
  process.exit(2);
}
const orm = await openOrm(ownerUrl);
try {
  const applied = await orm.migrator.up();
  if (applied.length) process.stdout.write(`applied: ${applied.map((m) => m.name).join(', ')}\n`);
  if (task === 'create') {
    const result = await orm.migrator.create();
    process.stdout.write(result.fileName ? `created ${result.fileName}\n` : 'no changes: entities match the migrations\n');
  } else if (task === 'check') {
    if (await orm.migrator.checkSchema()) {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      process.stderr.write(`Entities and migrations disagree. Run "pnpm migration:create" and commit the result.\nPending SQL:\n${diff}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('migrations match the entities\n');
    }
  }
} finally {
  await orm.close(true);
}
