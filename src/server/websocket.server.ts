import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server } from 'node:http';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { Logger } from '../logging/logger';
import { GatewayContext } from './context';
import { formatGatewayError, isClientError } from './error-format';

export interface ContextRequest {
  requestId: string;
  caller: string;
  acceptLanguage: string | undefined;
}

/**
 * graphql-ws on the HTTP server's /graphql path, so HTTP and WebSocket share one URL and port.
 * Errors leave through the same formatter as over HTTP: client mistakes keep their code, the
 * rest is logged with a request id and masked.
 */
export function attachGraphQLWebSocket(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  context(request: ContextRequest): GatewayContext;
  logger: Logger;
  keepAliveMs: number;
}): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const contexts = new WeakMap<object, GatewayContext>();
  const contextOf = (request: IncomingMessage): GatewayContext => {
    let context = contexts.get(request);
    if (!context) {
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      context = options.context({
        requestId: randomUUID(),
        caller: header('x-caller-id') ?? '',
        acceptLanguage: header('accept-language'),
      });
      contexts.set(request, context);
    }
    return context;
  };
  const format = (context: GatewayContext, errors: readonly GraphQLError[]) =>
    errors.map((error) => {
      if (!isClientError(error.extensions?.code)) {
        const cause = error.originalError ?? error;
        context.logger.error(
          { err: { name: cause.name, message: cause.message, stack: cause.stack } },
          'unexpected error in a subscription',
        );
      }
      const formatted = formatGatewayError(error.toJSON());
      return {
        ...formatted,
        extensions: { ...formatted.extensions, requestId: context.requestId },
      };
    });

  const server = useServer(
    {
      schema: options.schema,
      context: (ctx) => contextOf(ctx.extra.request),
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: format(contextOf(ctx.extra.request), result.errors) }
          : undefined,
      onError: (ctx, _id, _payload, errors) => format(contextOf(ctx.extra.request), errors),
    },
    wsServer,
    options.keepAliveMs,
  );
  return {
    async dispose() {
      await server.dispose();
    },
  };
}
