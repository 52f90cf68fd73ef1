/** Writes (emit) or compares (check) schema/schema.graphql with the schema the code builds. */
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { createSchema, printSchemaSdl } from '../src/schema.js';

const file = new URL('../../schema/schema.graphql', import.meta.url);
const sdl = printSchemaSdl(await createSchema());
if (process.argv[2] === 'emit') {
  await writeFile(file, sdl);
  process.stdout.write('wrote schema/schema.graphql\n');
} else {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== sdl) {
    process.stderr.write('schema/schema.graphql differs from the schema the code builds. Run "pnpm schema:emit" and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql is up to date\n');
}
