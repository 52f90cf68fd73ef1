import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type Source } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from './config.js';
import type { Context } from './platform/context.js';
import { AppError, formatError, withHttpStatus } from './platform/errors.js';
import { httpErrorHandler } from './platform/http-errors.js';
import { ANONYMOUS_LIMITS, costRefusal, queryLimitRules, SIGNED_IN_LIMITS, tooComplex } from './platform/query-limits.js';
import { forkForHub } from './platform/tenancy.js';
import type { Logger } from './platform/logger.js';
import { sessionTokenFrom } from './platform/session-cookie.js';
import { downloadRoutes } from './modules/report/report.routes.js';
import { createSchema } from './schema.js';
import { createServices, type Services } from './services.js';

export type App = {
  server: http.Server;
  services: Services;
  schema: GraphQLSchema;
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
  const services = createServices(config);
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
    const em = orm.em.fork();
    const viewer = await services.auth.resolve(em, input.token);
    const hubForks = new Map<string, EntityManager>();
    const hubEm = (hubId: string) => {
      let fork = hubForks.get(hubId);
      if (!fork) hubForks.set(hubId, (fork = forkForHub(em, hubId)));
      return fork;
    };
    const deadline = input.http ? Date.now() + config.executionTimeoutMs : null;
    return { requestId: input.requestId, em, hubEm, viewer, services, ip: input.ip, userAgent: input.userAgent, sessionToken: viewer ? input.token : null, http: input.http, deadline };
  };

  // Browsers send Origin on the upgrade: accept our own origin and the configured ones; clients
  // that are not browsers send none. Messages over 64 KB close the socket with 1009.
  const wsServer = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: 64 * 1024,
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) => allowedOrigin(origin, req, config.allowedOrigins),
  });
  const signedInRules = queryLimitRules(SIGNED_IN_LIMITS);
  const anonymousRules = queryLimitRules(ANONYMOUS_LIMITS);
  const wsCleanup = useServer<{ sessionToken?: unknown }, { token?: string | null; started?: Map<string, bigint> }>(
    {
      schema,
      // The same limits as over HTTP (every socket is signed in).
      parse: (source) => parseLimited(source, SIGNED_IN_LIMITS.tokens),
      validate: (wsSchema, document) => validate(wsSchema, document, [...specifiedRules, ...signedInRules]),
      connectionInitWaitTimeout: 10_000,
      onSubscribe: (ctx, id, payload) => {
        const started = (ctx.extra.started ??= new Map());
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
    formatError: (formatted, error) => formatError(formatted, error, (internal) => log.error({ err: internal }, 'internal error in a GraphQL operation')),
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
              const [refused] = contextValue.viewer ? [] : validate(schema, document, anonymousRules);
              const over = refused ?? costRefusal(schema, document, request.variables, operationName, limits);
              if (over) {
                log.warn({ requestId: contextValue.requestId, ip: contextValue.ip, limits: contextValue.viewer ? 'signed-in' : 'anonymous', refusal: over.extensions?.messageEn }, 'operation over the query limits');
                throw withHttpStatus(over, 400);
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
    res.on('finish', () => {
      const body = req.body as { operationName?: unknown } | undefined;
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
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
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

  const webDir = config.webDistDir;
  if (existsSync(path.join(webDir, 'index.html'))) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    // Client-side routes (anything the API and the downloads did not answer) get the app shell.
    app.get(/^\/(?!graphql|healthz|readyz|calendar\/).*/, (_req, res) => {
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
    async close() {
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
