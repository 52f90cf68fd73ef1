import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { seedDemoData } from './db/seed/demo.js';
import { seedReferenceData } from './db/seed/reference.js';
import { createLogger } from './platform/logger.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nThe server did not start. See the configuration table in README.md.\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  const em = database.orm.em.fork();
  const { inserted } = await seedReferenceData(em);
  if (inserted) log.info({ inserted }, 'loaded reference data');

  const app = await createApp({ config, orm: database.orm, log });
  if (config.demoData && (await seedDemoData(em.fork(), app.services.auth))) {
    log.info('loaded the demo hub and demo accounts (see README)');
  }
  const port = await app.listen();
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
  log.info({ url, embeddedDatabase: !config.database.url }, 'server ready');
  if (process.stdout.isTTY || config.nodeEnv !== 'production') process.stderr.write(`\n  Hub workspace is running at ${url}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await app.close();
      await database.close();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof Error && error.stack && process.env.LOG_LEVEL === 'debug') process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
