import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { GraphQLError, Kind, parse, specifiedRules, validate, type DocumentNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode, type Source } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from './config.js';
import { type Context, Unscoped } from './platform/context.js';
import { openDatabase } from './platform/database.js';
import { AppError, formatError, withHttpStatus } from './platform/errors.js';
import { httpErrorHandler } from './platform/http-errors.js';
import { databaseUnavailable, isDatabaseUnavailable, SERVICE_UNAVAILABLE } from './platform/database-errors.js';
import { Metrics } from './platform/metrics.js';
import { requestIds } from './platform/request-scope.js';
import { ANONYMOUS_LIMITS, costRefusal, queryLimitRules, SIGNED_IN_LIMITS, tooComplex } from './platform/query-limits.js';
import type { Logger } from './platform/logger.js';
import { sessionTokenFrom } from './platform/session-cookie.js';
import { downloadRoutes } from './modules/report/report.routes.js';
import { calendarFeedRoutes } from './modules/meeting/calendar.routes.js';
import { createSchema } from './schema.js';
import { createServices, type Services } from './services.js';

export type App = {
  server: http.Server;
  services: Services;
  schema: GraphQLSchema;
  /** Served at /metrics. */
  metrics: Metrics;
  /** Starts listening; resolves with the bound port. */
  listen(port?: number, host?: string): Promise<number>;
  /** Stops accepting work, lets running requests finish, closes sockets. */
  close(): Promise<void>;
};

const MAX_BODY = '1mb';

/** Parses with a token limit: a document past it is refused before it is read further. */
function parseLimited(source: string | Source, maxTokens: number) {
  try {
    return parse(source, { maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && /more (?:than|that) \d+ tokens/.test(error.message)) throw tooComplex('tokens', maxTokens);
    throw error;
  }
}

/** Builds the HTTP server (GraphQL over HTTP and WebSocket, health, static client) without listening. */
export async function createApp(options: { config: Config; orm: MikroORM; log: Logger }): Promise<App> {
  const { config, orm, log } = options;
  // Read when /metrics is scraped; the sockets are counted once the WebSocket server exists below.
  const socketOperations = new Set<Map<string, bigint>>();
  let wsServerRef: WebSocketServer | null = null;
  const pool = (await orm.em.getConnection().getNativeClient()) as unknown as { totalCount: number; idleCount: number; waitingCount: number };
  const metrics = new Metrics({
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    sockets: () => ({ connections: wsServerRef?.clients.size ?? 0, operations: [...socketOperations].reduce((n, started) => n + started.size, 0) }),
    listeners: () => services.live.listenerTotals(),
  });
  // Redis trouble is logged at most once a minute: an outage reports a failed reconnect every few seconds.
  let redisTroubleLogged = 0;
  const services = createServices(config, {
    onEventsPublished: (n) => metrics.eventsPublished.inc(n),
    onEventDelivered: () => metrics.eventsDelivered.inc(),
    onRedisTrouble: (error) => {
      if (Date.now() - redisTroubleLogged < 60_000) return;
      redisTroubleLogged = Date.now();
      log.warn({ err: error }, 'Redis unavailable or sending garbage: live events reach this instance’s own subscribers only');
    },
  });
  /** Set once shutdown begins: /readyz says so, so that a load balancer stops sending requests. */
  let draining = false;
  const schema = await createSchema();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Security headers: the client is served from here and talks only to here. Styles allow inline
  // because the printable pages (minutes, reports) carry their own <style>; no script is inline.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'same-origin' },
      // HSTS only where the request came over TLS (directly or behind the trusted proxy).
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((req, res, next) => {
    if (req.secure) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    next();
  });
  const server = http.createServer(app);

  const buildContext = async (input: { token: string | null; ip: string; userAgent: string | null; requestId: string; http: Context['http'] }): Promise<Context> => {
    const db = openDatabase(orm.em);
    const viewer = await services.auth.resolve(db.unscoped(Unscoped.ACCOUNTS), input.token).catch((error: unknown) => {
      throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
    });
    const deadline = input.http ? Date.now() + config.executionTimeoutMs : null;
    return { requestId: input.requestId, db, viewer, services, ip: input.ip, userAgent: input.userAgent, sessionToken: input.token, http: input.http, deadline };
  };

  // Browsers send Origin on the upgrade: accept our own origin and the configured ones; clients
  // that are not browsers send none. Messages over 64 KB close the socket with 1009.
  const wsServer = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: 64 * 1024,
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) => allowedOrigin(origin, req, config.allowedOrigins),
  });
  wsServerRef = wsServer;
  // Every refusal of the limits is logged (over HTTP the line carries the request's id).
  const refusedBy = (limits: string) => (refusal: AppError) => log.warn({ limits, refusal: refusal.extensions.messageEn }, 'operation over the query limits');
  const signedInRules = queryLimitRules(SIGNED_IN_LIMITS, refusedBy('signed-in'));
  const anonymousRules = queryLimitRules(ANONYMOUS_LIMITS, refusedBy('anonymous'));
  const wsCleanup = useServer<{ sessionToken?: unknown }, { token?: string | null; started?: Map<string, bigint> }>(
    {
      schema,
      // The same limits as over HTTP (every socket is signed in).
      parse: (source) => parseLimited(source, SIGNED_IN_LIMITS.tokens),
      validate: (wsSchema, document) => validate(wsSchema, document, [...specifiedRules, ...signedInRules]),
      connectionInitWaitTimeout: 10_000,
      onSubscribe: (ctx, id, payload) => {
        const started = (ctx.extra.started ??= new Map());
        socketOperations.add(started);
        if (started.size >= config.wsMaxSubscriptions) {
          return [new GraphQLError(`一つの接続で同時に購読できるのは${config.wsMaxSubscriptions}件までです。`, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', messageEn: `At most ${config.wsMaxSubscriptions} subscriptions per connection.` } })];
        }
        // Costed with its variables, as over HTTP; graphql-ws parses and validates it itself after this.
        let document: DocumentNode;
        try {
          document = parseLimited(payload.query, SIGNED_IN_LIMITS.tokens);
        } catch {
          return; // graphql-ws answers the same parse error itself
        }
        const over = costRefusal(schema, document, payload.variables, payload.operationName, SIGNED_IN_LIMITS);
        if (over) {
          log.warn({ transport: 'ws', ip: ctx.extra.request.socket.remoteAddress, limits: 'signed-in', refusal: over.extensions?.messageEn }, 'operation over the query limits');
          return [over];
        }
        started.set(id, process.hrtime.bigint());
        const field = firstRootField(document, payload.operationName);
        if (field) metrics.operations.inc({ type: field.type, field: field.name, outcome: 'ok' });
      },
      // One log line per operation over the socket, as for HTTP requests.
      onComplete: (ctx, id, payload) => {
        const started = ctx.extra.started?.get(id);
        ctx.extra.started?.delete(id);
        log.info(
          {
            transport: 'ws',
            operationId: id,
            operationName: payload.operationName ?? undefined,
            durationMs: started ? Number(process.hrtime.bigint() - started) / 1e6 : undefined,
            ip: ctx.extra.request.socket.remoteAddress,
          },
          'operation',
        );
      },
      onClose: (ctx) => {
        if (ctx.extra.started) socketOperations.delete(ctx.extra.started);
      },
      onConnect: async (ctx) => {
        const fromParams = typeof ctx.connectionParams?.sessionToken === 'string' ? ctx.connectionParams.sessionToken : null;
        const token = fromParams ?? sessionTokenFrom(ctx.extra.request.headers.cookie);
        const viewer = await services.auth.resolve(orm.em.fork(), token);
        if (!viewer) return false; // graphql-ws closes with 4403 Forbidden
        ctx.extra.token = token;
        return true;
      },
      context: async (ctx) => {
        const context = await buildContext({
          token: ctx.extra.token ?? null,
          ip: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          userAgent: ctx.extra.request.headers['user-agent'] ?? null,
          requestId: randomUUID(),
          http: null,
        });
        // A session revoked after the socket opened ends the connection at its next operation.
        if (!context.viewer) ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden');
        return context;
      },
    },
    wsServer,
  );

  // Keep-alive: ping every socket; one that has not answered the previous ping is gone.
  const alive = new WeakSet<WebSocket>();
  wsServer.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
  });
  const pings = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, 25_000);
  pings.unref();

  // Housekeeping: sign-in attempts past their retention go at start and then every hour (each
  // instance does it; deleting what is already gone is harmless).
  const prune = () =>
    services.auth.pruneLoginAttempts(orm.em.fork()).then(
      (deleted) => deleted && log.info({ deleted }, 'pruned old sign-in attempts'),
      (error: unknown) => log.warn({ err: error }, 'pruning sign-in attempts failed'),
    );
  void prune();
  const housekeeping = setInterval(() => void prune(), 3_600_000);
  housekeeping.unref();

  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<Context>({
    schema,
    // The schema is the client's own business in production: no introspection, no "Did you mean …".
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    parseOptions: { maxTokens: SIGNED_IN_LIMITS.tokens },
    validationRules: signedInRules,
    // main.ts owns shutdown; Apollo's own handler would re-raise SIGTERM and skip closing the database.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatError(
        formatted,
        error,
        (internal) => log.error({ err: internal }, 'internal error in a GraphQL operation'),
        (unavailable) => log.warn({ err: unavailable }, 'database unavailable'),
      ),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      {
        // Anonymous callers (reference data, signing in) are held to lower limits than members.
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, document, request, operationName, operation }) {
              if (operation?.operation === 'subscription') {
                throw withHttpStatus(
                  new AppError('BAD_REQUEST', { ja: 'ライブ更新（subscription）はWebSocketで購読してください。', en: 'Subscriptions are served over the WebSocket (graphql-ws), not over HTTP.' }),
                  400,
                );
              }
              const limits = contextValue.viewer ? SIGNED_IN_LIMITS : ANONYMOUS_LIMITS;
              // The anonymous rules log their own refusals, as the members' rules do in validation.
              const [refused] = contextValue.viewer ? [] : validate(schema, document, anonymousRules);
              if (refused) throw withHttpStatus(refused, 400);
              const over = costRefusal(schema, document, request.variables, operationName, limits);
              if (over) {
                log.warn({ ip: contextValue.ip, limits: contextValue.viewer ? 'signed-in' : 'anonymous', refusal: over.extensions?.messageEn }, 'operation over the query limits');
                throw withHttpStatus(over, 400);
              }
            },
          };
        },
      },
      {
        // Operations by type, first root field and outcome; errors by code.
        async requestDidStart() {
          return {
            async willSendResponse({ operation, errors, response }) {
              const field = operation ? firstRootField({ kind: Kind.DOCUMENT, definitions: [operation] }, undefined) : null;
              const body = response.body.kind === 'single' ? response.body.singleResult : null;
              const codes = (body?.errors ?? errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
              for (const code of codes) metrics.errors.inc({ code: boundedCode(code) });
              metrics.operations.inc({ type: field?.type ?? 'unknown', field: field?.name ?? 'unknown', outcome: codes[0] ? boundedCode(codes[0]) : 'ok' });
              // Nothing could be done while the database was away: say so to proxies and clients alike.
              if (codes.includes(SERVICE_UNAVAILABLE)) {
                response.http.status = 503;
                response.http.headers.set('retry-after', '5');
              }
            },
          };
        },
      },
      {
        async serverWillStart() {
          return {
            async drainServer() {
              clearInterval(pings);
              clearInterval(housekeeping);
              await wsCleanup.dispose();
              await services.live.close();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    metrics.httpInFlight.inc();
    res.on('close', () => metrics.httpInFlight.dec());
    res.on('finish', () => {
      const body = req.body as { operationName?: unknown } | undefined;
      const route = routeOf(req);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method: req.method, route }, seconds);
      log.info(
        {
          requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          operationName: typeof body?.operationName === 'string' ? body.operationName : undefined,
          ip: req.ip,
        },
        'request',
      );
    });
    requestIds.run(requestId, next);
  });

  app.get('/metrics', metrics.handler(config.metricsToken));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining', database: 'not checked' });
      return;
    }
    try {
      // Bounded: a database that does not answer is as unready as one that refuses.
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('no answer from the database within 2 s')), 2_000).unref()),
      ]);
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    // Body parsing ends in the socket's async context: the request's id is set again for what follows.
    (_req: Request, res: Response, next: () => void) => requestIds.run(String(res.locals.requestId), next),
    expressMiddleware(apollo, {
      context: ({ req, res }: { req: Request; res: Response }) =>
        buildContext({
          token: sessionTokenFrom(req.headers.cookie),
          ip: req.ip ?? 'unknown',
          userAgent: req.header('user-agent') ?? null,
          requestId: String(res.locals.requestId),
          http: { res, secure: req.secure },
        }),
    }),
  );

  app.use(downloadRoutes(orm, services, log));
  app.use(calendarFeedRoutes(orm, services));

  const webDir = config.webDistDir;
  if (existsSync(path.join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    // Client-side routes (anything the API and the downloads did not answer) get the app shell.
    app.get(/^\/(?!graphql|healthz|readyz|metrics|calendar\/).*/, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(path.join(webDir, 'index.html'));
    });
  } else {
    log.warn({ webDir }, 'web client not built; serving the API only');
  }
  app.use(httpErrorHandler(log));

  return {
    server,
    services,
    schema,
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    metrics,
    async close() {
      draining = true;
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Same origin as the request's host, one of the configured origins, or no Origin at all (not a browser). */
export function allowedOrigin(origin: string | undefined, req: http.IncomingMessage, allowed: string[]): boolean {
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** The first root field of the operation (bounded by the schema), for the metrics' labels. */
function firstRootField(document: DocumentNode, operationName: string | null | undefined): { type: string; name: string } | null {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  const field = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  return operation && field ? { type: operation.operation, name: field.name.value } : null;
}

/** Error codes are the schema's and GraphQL's own; anything else is counted as other. */
function boundedCode(code: string): string {
  return /^[A-Z][A-Z_]{1,40}$/.test(code) ? code : 'OTHER';
}

/** The route that answered, for the metrics' labels: an Express route's pattern, never the path asked for. */
function routeOf(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route?.path;
  if (typeof route === 'string') return `${req.baseUrl}${route}`;
  if (req.originalUrl.startsWith('/graphql')) return '/graphql';
  return 'other';
}
