import type { Client as WsClient } from 'graphql-ws';

/** Collects what a subscription delivers, and lets a test wait for a number of items. */
export class Collected<T> {
  items: T[] = [];
  errors: unknown[] = [];
  completed = false;
  private waiters: (() => void)[] = [];
  readonly dispose: () => void;

  constructor(client: WsClient, query: string, variables: Record<string, unknown>, pick: (data: Record<string, unknown>) => T) {
    this.dispose = client.subscribe<Record<string, unknown>>({ query, variables }, {
      next: (value) => {
        if (value.errors) this.errors.push(...value.errors);
        if (value.data) this.items.push(pick(value.data));
        this.wake();
      },
      error: (error) => {
        this.errors.push(error);
        this.wake();
      },
      complete: () => {
        this.completed = true;
        this.wake();
      },
    });
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }

  /** Resolves once `count` items arrived (or the stream ended or failed); rejects after `ms`. */
  async waitFor(count: number, ms = 5000): Promise<T[]> {
    const deadline = Date.now() + ms;
    while (this.items.length < count && !this.completed && this.errors.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out with ${this.items.length}/${count} items`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.items;
  }

  /** Waits a little and returns what arrived: for asserting that nothing more comes. */
  async settle(ms = 400): Promise<T[]> {
    await new Promise((r) => setTimeout(r, ms));
    return this.items;
  }
}

/** Resolves once `condition` holds, checking every 20 ms; fails after `ms` with `what` in the message. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
