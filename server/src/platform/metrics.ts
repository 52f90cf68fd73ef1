import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Where the figures that are not counted as they happen are read from when /metrics is scraped. */
export type MetricSources = {
  /** The database pool: connections open, idle, and requests waiting for one. */
  pool(): { total: number; idle: number; waiting: number } | null;
  /** WebSocket connections open, and operations running over them. */
  sockets(): { connections: number; operations: number };
  /** Hubs with live subscribers in this process, and the subscribers. */
  listeners(): { hubs: number; subscribers: number };
};

/**
 * The server's metrics in Prometheus format (prom-client), one registry per app: request rate,
 * latency and errors over HTTP, GraphQL operations and their error codes, live event fan-out,
 * WebSocket use, the database pool, and the process itself. Labels come only from bounded sets
 * (routes, root fields of the schema, error codes), never from what a caller sends.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly httpInFlight: Gauge;
  readonly operations: Counter<'type' | 'field' | 'outcome'>;
  readonly errors: Counter<'code'>;
  readonly eventsPublished: Counter;
  readonly eventsDelivered: Counter;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'hub_' });
    this.httpRequests = new Counter({ name: 'hub_http_requests_total', help: 'HTTP requests answered, by method, route and status.', labelNames: ['method', 'route', 'status'], registers });
    this.httpInFlight = new Gauge({ name: 'hub_http_requests_in_flight', help: 'HTTP requests received and not yet answered (draining waits for them).', registers });
    this.httpDuration = new Histogram({
      name: 'hub_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.operations = new Counter({
      name: 'hub_graphql_operations_total',
      help: 'GraphQL operations over HTTP and WebSocket, by type, first root field and outcome (ok, or the first error code).',
      labelNames: ['type', 'field', 'outcome'],
      registers,
    });
    this.errors = new Counter({ name: 'hub_graphql_errors_total', help: 'GraphQL errors answered, by code.', labelNames: ['code'], registers });
    this.eventsPublished = new Counter({ name: 'hub_live_events_published_total', help: 'Committed hub events published to live subscribers.', registers });
    this.eventsDelivered = new Counter({ name: 'hub_live_event_deliveries_total', help: 'Hub events delivered to a live subscriber in this process (the fan-out).', registers });
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Database pool: connections open (total), idle, and requests waiting for a connection.',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = sources.pool();
        if (!pool) return;
        for (const state of ['total', 'idle', 'waiting'] as const) this.set({ state }, pool[state]);
      },
    });
    new Gauge({
      name: 'hub_websocket_connections',
      help: 'WebSocket connections open.',
      registers,
      collect() {
        this.set(sources.sockets().connections);
      },
    });
    new Gauge({
      name: 'hub_websocket_operations',
      help: 'Subscriptions running over WebSocket connections.',
      registers,
      collect() {
        this.set(sources.sockets().operations);
      },
    });
    new Gauge({
      name: 'hub_live_subscribers',
      help: 'Live subscribers of hub events in this process.',
      registers,
      collect() {
        this.set(sources.listeners().subscribers);
      },
    });
  }

  /**
   * GET /metrics: with a token configured, for `Authorization: Bearer <token>` only; without one,
   * for callers on this machine only (the socket's address, which no header can change).
   */
  handler(token: string | undefined): RequestHandler {
    return async (req, res) => {
      const allowed = token ? bearerMatches(req.header('authorization'), token) : isLoopback(req.socket.remoteAddress);
      if (!allowed) {
        res.status(token ? 401 : 403).json({ code: 'FORBIDDEN', message: '計測値は許可された収集元だけが取得できます。', messageEn: 'Metrics are for the configured collector only.' });
        return;
      }
      res.setHeader('content-type', this.registry.contentType);
      res.setHeader('cache-control', 'no-store');
      res.end(await this.registry.metrics());
    };
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
