import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { AtlasClient } from '../atlas/atlas.client';
import { localeFromAcceptLanguage } from '../guidance/locale.negotiation';
import { Logger } from '../logging/logger';
import { createOrderLoader } from '../orders/order.loader';
import { PaymentLedger } from '../ledger/payment-ledger';
import { PayOrder } from '../payments/pay-order';
import { createPaymentHistoryLoader } from '../payments/payment-history';
import { TicketingStreams } from '../ticketing/ticketing-stream';
import { WebhookHints } from '../ticketing/webhook-hints';
import { Clock } from '../domain/clock';
import { GatewayContext, RecoveryFlows } from './context';
import { formatGatewayError } from './error-format';
import { requestErrorsPlugin } from './request-errors.plugin';
import { webhookRouter } from './webhook.route';
import { attachGraphQLWebSocket, ContextRequest } from './websocket.server';

export interface GatewayServerOptions {
  schema: GraphQLSchema;
  atlas: AtlasClient;
  ledger: PaymentLedger;
  payOrder: PayOrder;
  recovery: RecoveryFlows;
  ticketing: TicketingStreams;
  clock: Clock;
  /** null: webhooks are off and ticketing relies on polling alone. */
  webhooks: { secret: string; hints: WebhookHints } | null;
  logger: Logger;
  /** graphql-ws keep-alive ping interval. */
  keepAliveMs?: number;
}

export interface GatewayServer {
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function requestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const id = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  next();
}

/** A body that is not JSON: answered as GraphQL would, without repeating the body. */
function badBody(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  res.status(status >= 400 && status < 500 ? status : 500).json({
    errors: [
      {
        message: status === 413 ? 'Request body is too large.' : 'Request body is not valid JSON.',
        extensions: {
          code: status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR',
          requestId: res.locals.requestId,
        },
      },
    ],
  });
}

/** HTTP at /graphql (Apollo Server 5 on Express 5); Apollo Sandbox as the landing page. */
export function createGatewayServer(options: GatewayServerOptions): GatewayServer {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const context = (request: ContextRequest): GatewayContext => ({
    requestId: request.requestId,
    caller: request.caller,
    locale: localeFromAcceptLanguage(request.acceptLanguage),
    logger: options.logger.child({ requestId: request.requestId }),
    orders: createOrderLoader(options.atlas),
    payments: createPaymentHistoryLoader(options.ledger),
    payOrder: options.payOrder,
    recovery: options.recovery,
    ticketing: options.ticketing,
    clock: options.clock,
  });
  const webSocket = attachGraphQLWebSocket({
    httpServer,
    schema: options.schema,
    context,
    logger: options.logger,
    keepAliveMs: options.keepAliveMs ?? 12_000,
  });
  const apollo = new ApolloServer<GatewayContext>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return { drainServer: () => webSocket.dispose() };
        },
      },
      ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      requestErrorsPlugin(),
    ],
  });

  return {
    async listen(port, host) {
      await apollo.start();
      app.use(requestId);
      app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok' });
      });
      if (options.webhooks) {
        app.use(webhookRouter({ ...options.webhooks, logger: options.logger }));
      }
      app.use(
        '/graphql',
        express.json({ limit: '100kb' }),
        expressMiddleware(apollo, {
          context: async ({ req, res }) =>
            context({
              requestId: String(res.locals.requestId),
              caller: req.header('x-caller-id') ?? '',
              acceptLanguage: req.header('accept-language'),
            }),
        }),
      );
      app.use(badBody);
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      return `http://${host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'}:${address.port}/graphql`;
    },
    async close() {
      await apollo.stop();
    },
  };
}
