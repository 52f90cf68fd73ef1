import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { seedDemoData } from './db/seed/demo.js';
import { seedReferenceData } from './db/seed/reference.js';
import { createLogger, type Logger } from './platform/logger.js';
import { portInUse, portProblem, StartupError } from './platform/startup.js';

/**
 * Starts the server. Whatever has been started (the embedded database above all) is stopped
 * again on SIGINT / SIGTERM — also while starting — and when a later step fails, so a failed
 * start leaves no PostgreSQL behind.
 */
async function start(): Promise<void> {
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
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) await close();
  };

  let stopping = false;
  let starting: Promise<void> = Promise.resolve();
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
      // A signal during the start waits for the step under way, so what it starts is stopped too.
      await starting.catch(() => undefined);
      await closeAll();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  starting = run();

  async function run(): Promise<void> {
    // Before the database starts: a taken port should cost one line, not a database start.
    const taken = await portProblem(config.host, config.port, 'PORT');
    if (taken) throw new StartupError(taken);

    const database = await openDatabase(config, log);
    closers.push(() => database.close());
    if (stopping) return;
    const em = database.orm.em.fork();
    const { inserted } = await seedReferenceData(em);
    if (inserted) log.info({ inserted }, 'loaded reference data');

    const app = await createApp({ config, orm: database.orm, log });
    closers.push(() => app.close());
    if (config.demoData && (await seedDemoData(em.fork(), app.services))) {
      log.info('loaded the demo hub and demo accounts (see README)');
    }
    if (stopping) return;
    const port = await app.listen().catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new StartupError(portInUse('PORT', config.port, config.host));
      throw error;
    });
    announce(config, log, port);
  }
  try {
    await starting;
  } catch (error) {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`The server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!(error instanceof StartupError) && error instanceof Error && error.stack) log.debug({ err: error }, 'start failed');
    try {
      await closeAll();
    } catch (closeError) {
      log.error({ err: closeError }, 'error while stopping after a failed start');
    }
    process.exit(1);
  }
}

function announce(config: Config, log: Logger, port: number): void {
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
  const database = config.database.url ? { embeddedDatabase: false } : { embeddedDatabase: true, dataDir: config.database.embeddedDir, databasePort: config.database.embeddedPort };
  log.info({ url, ...database }, 'server ready');
  if (process.stdout.isTTY || config.nodeEnv !== 'production') {
    const where = config.database.url ? '' : `\n  Embedded PostgreSQL: ${config.database.embeddedDir} (port ${config.database.embeddedPort})`;
    process.stderr.write(`\n  Hub workspace is running at ${url}${where}\n\n`);
  }
}

await start();
