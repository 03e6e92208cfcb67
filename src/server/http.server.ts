import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import express, { Request, Response } from 'express';
import { GraphQLSchema } from 'graphql';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AtlasClient } from '../atlas/atlas.client';
import { Logger } from '../logging/logger';
import { OrderOwners } from '../ledger/order-owners';
import { OrderReplacements } from '../ledger/order-replacements';
import { PaymentLedger } from '../ledger/payment-ledger';
import { Authenticate } from '../partners/authenticate';
import { Caller } from '../partners/partner';
import { callerLimits } from '../partners/partner-limits';
import { RateLimiter } from '../safety/rate-limiter';
import { PayOrder } from '../payments/pay-order';
import { TicketingStreams } from '../ticketing/ticketing-stream';
import { WebhookHints } from '../ticketing/webhook-hints';
import { Clock } from '../domain/clock';
import { authenticateStep } from './authenticate.step';
import { GatewayContext, RecoveryFlows, BookingFlows } from './context';
import { corsStep } from './cors.step';
import { formatGatewayError } from './error-format';
import { ARMOR_LIMITS, armorProtection, atlasCostPlugin } from './operation-limits';
import { requestRateStep } from './request-rate.step';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { Readiness } from './readiness';
import { graphqlHttpHandler, isGraphQLPath } from './graphql.http-handler';
import { assignRequestId } from './request-id';
import { operationLogPlugin } from './operation-log.plugin';
import { requestErrorsPlugin } from './request-errors.plugin';
import { subscriptionOverHttpPlugin } from './subscription-over-http.plugin';
import { checkoutRouter, CheckoutSettings } from './checkout.route';
import { explorerRouter } from './explorer/explorer.route';
import { webhookRouter } from './webhook.route';
import { attachGraphQLWebSocket } from './websocket.server';
import { createContextFactory } from './request-context';

export interface GatewayServerOptions {
  schema: GraphQLSchema;
  atlas: AtlasClient;
  ledger: PaymentLedger;
  owners: OrderOwners;
  replacements: OrderReplacements;
  security: ServerSecurity;
  payOrder: PayOrder;
  recovery: RecoveryFlows;
  booking: BookingFlows;
  ticketing: TicketingStreams;
  clock: Clock;
  /** null: webhooks are off and ticketing relies on polling alone. */
  webhooks: { secret: string; hints: WebhookHints } | null;
  logger: Logger;
  /** graphql-ws keep-alive ping interval. */
  keepAliveMs?: number;
  readiness: Readiness;
  /** How long close() waits for in-flight requests before cutting them; 10 s when absent. */
  stopGraceMs?: number;
  metrics: GatewayMetrics;
  /** /metrics on its own port when set; on the main port otherwise. */
  metricsPort?: number;
  /** Orders being polled now, for the pollers gauge. */
  pollers(): number;
  /** The reference checkout; null: /checkout is off. */
  checkout: CheckoutSettings | null;
}

/** Who may call, how much, and what the graph shows of itself. */
export interface ServerSecurity {
  authenticate: Authenticate;
  rateLimiter: RateLimiter;
  maxAtlasCallsPerOperation: number;
  /** Introspection and the Sandbox page; off in production unless asked for. */
  introspection: boolean;
  /** No "Did you mean …" in errors (production). */
  hideSuggestions: boolean;
  /** The Authorization header Sandbox starts with (the demo partner's key); null for none. */
  sandboxAuthorization: string | null;
  /** Browser origins allowed to call (CORS); empty: none. */
  corsOrigins: readonly string[];
}

export interface GatewayServer {
  listen(port: number, host?: string): Promise<string>;
  /** Where Prometheus scrapes; valid once listening. */
  metricsUrl(): string;
  close(): Promise<void>;
}

/**
 * /graphql on node:http straight into Apollo Server 5 (graphql.http-handler.ts), the hot path;
 * everything else (health, readiness, metrics, webhooks) on Express 5; WebSocket on the same port.
 */
export function createGatewayServer(options: GatewayServerOptions): GatewayServer {
  const app = express();
  app.disable('x-powered-by');
  // Requests arrive only once listen() has started Apollo Server and the handler below exists.
  const httpServer = createServer((req, res) => {
    if (isGraphQLPath(req.url)) void graphql(req, res);
    else app(req, res);
  });
  const { security } = options;
  const limitsOf = (caller: Caller) => callerLimits(security.rateLimiter, caller);
  const context = createContextFactory({ ...options, limitsOf });
  const limits = {
    maxAtlasCallsPerOperation: security.maxAtlasCallsPerOperation,
    hideSuggestions: security.hideSuggestions,
  };
  const armor = armorProtection(limits);
  const webSocket = attachGraphQLWebSocket({
    armorRules: armor.validationRules,
    httpServer,
    metrics: options.metrics,
    schema: options.schema,
    context,
    authenticate: security.authenticate,
    limitsOf,
    limits,
    introspection: security.introspection,
    logger: options.logger,
    keepAliveMs: options.keepAliveMs ?? 12_000,
  });
  options.metrics.watch({
    webSocketConnections: webSocket.connections,
    subscriptions: webSocket.subscriptions,
    pollers: options.pollers,
  });
  const serveMetrics = async (_req: Request, res: Response) => {
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  };
  let metricsServer: Server | null = null;
  let metricsUrl = '';
  const apollo = new ApolloServer<GatewayContext>({
    schema: options.schema,
    introspection: security.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts runs the shutdown: Apollo's own handler would close the listener before the drain.
    stopOnTerminationSignals: false,
    formatError: formatGatewayError,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.stopGraceMs ?? 10_000,
      }),
      {
        async serverWillStart() {
          return { drainServer: () => webSocket.dispose() };
        },
      },
      security.introspection
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            ...(security.sandboxAuthorization
              ? { headers: { Authorization: security.sandboxAuthorization } }
              : {}),
          })
        : ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      subscriptionOverHttpPlugin(),
      atlasCostPlugin(security.maxAtlasCallsPerOperation),
      requestErrorsPlugin(),
      operationLogPlugin(),
    ],
  });

  const graphql = graphqlHttpHandler({
    apollo,
    cors: corsStep(security.corsOrigins),
    authenticate: authenticateStep(security.authenticate, options.logger),
    requestRate: requestRateStep(limitsOf, options.logger, options.metrics),
    context,
    logger: options.logger,
  });

  return {
    async listen(port, host) {
      await apollo.start();
      app.use((req, res, next) => {
        res.locals.requestId = assignRequestId(req, res);
        next();
      });
      // Liveness: answering at all means the event loop runs.
      app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok' });
      });
      if (options.metricsPort === undefined) app.get('/metrics', serveMetrics);
      app.get('/readyz', async (_req, res) => {
        const report = await options.readiness.report();
        const down = Object.entries(report.checks)
          .filter(([, state]) => state === 'down')
          .map(([name]) => name);
        res.status(report.ready ? 200 : 503).json({
          status: report.ready ? 'ready' : report.shuttingDown ? 'shutting down' : 'not ready',
          down,
          checks: report.checks,
        });
      });
      if (options.checkout) app.use(checkoutRouter(options.checkout));
      if (security.introspection) {
        app.use(explorerRouter({ authorization: security.sandboxAuthorization }));
      }
      if (options.webhooks) {
        app.use(
          webhookRouter({ ...options.webhooks, logger: options.logger, metrics: options.metrics }),
        );
      }
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      const origin = `http://${host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'}`;
      metricsUrl = `${origin}:${address.port}/metrics`;
      if (options.metricsPort !== undefined) {
        const metricsApp = express();
        metricsApp.get('/metrics', serveMetrics);
        const server = createServer(metricsApp);
        metricsServer = server;
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(options.metricsPort, host, () => resolve());
        });
        metricsUrl = `${origin}:${(server.address() as AddressInfo).port}/metrics`;
      }
      return `${origin}:${address.port}/graphql`;
    },
    metricsUrl: () => metricsUrl,
    async close() {
      await apollo.stop();
      const server = metricsServer;
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
