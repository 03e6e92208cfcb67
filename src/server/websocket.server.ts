import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server } from 'node:http';
import {
  execute,
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  subscribe,
  validate,
  ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { context as otelContext, SpanKind, trace } from '@opentelemetry/api';
import { Logger } from '../logging/logger';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { tracer } from '../tracing/tracer';
import { requestLogger } from '../logging/request-scope';
import { Authenticate } from '../partners/authenticate';
import { Caller } from '../partners/partner';
import { CallerLimits } from '../partners/partner-limits';
import { GatewayContext } from './context';
import { formatGatewayError, isClientError } from './error-format';
import { recordOperation } from './operation-record';
import {
  ARMOR_LIMITS,
  OperationLimitSettings,
  operationLimitError,
  withoutSuggestions,
} from './operation-limits';
import { ContextRequest } from './request-context';
import { createValidatedDocuments } from './validated-documents';

/**
 * Runs an operation under a span that ends once it has run (a subscription's span covers its
 * start, not the hours it may stay open).
 */
function traced<T>(args: ExecutionArgs, run: () => T): T {
  const gateway = args.contextValue as GatewayContext;
  const operation = getOperationAST(args.document, args.operationName);
  const type = operation?.operation ?? 'query';
  const name = operation?.name?.value;
  const span = tracer().startSpan(`graphql ${type}${name ? ` ${name}` : ''}`, {
    kind: SpanKind.SERVER,
    attributes: {
      'gateway.request_id': gateway.requestId,
      'gateway.partner_id': gateway.caller.partnerId,
      'graphql.operation.type': type,
      'gateway.transport': 'websocket',
      ...(name ? { 'graphql.operation.name': name } : {}),
    },
  });
  const result = otelContext.with(trace.setSpan(otelContext.active(), span), run);
  const end = () => span.end();
  Promise.resolve(result).then(end, end);
  return result;
}

/** Sent when the identity provider cannot be reached: "try again later" (RFC 6455 §7.4.1). */
const TRY_AGAIN_LATER = 1013;

interface Connection {
  request: IncomingMessage;
  socket: WebSocket;
  authorization: string | undefined;
  /** One context per operation, as over HTTP one per request; usually a single entry. */
  operations: Record<string, Operation>;
}

interface Operation {
  context: GatewayContext;
  name: string | null;
  type: string;
  started: number;
}

function authorizationOf(params: Readonly<Record<string, unknown>> | undefined) {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/** Distinct operations kept parsed and validated; apps send a handful each. */
const MAX_VALIDATED_DOCUMENTS = 1_000;

/**
 * graphql-ws on the HTTP server's /graphql path, so HTTP and WebSocket share one URL and port. The
 * credential comes in `connection_init` (`{ authorization: "Bearer …" }`): refused, the socket
 * closes with 4401; a partner that may not read orders (all a subscription does) gets 4403. Each
 * operation is checked again as an HTTP request would be: the credential (a revoked key stops new
 * operations at once), the request rate, graphql-armor's limits and the Atlas-call rule.
 */
export function attachGraphQLWebSocket(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  context(request: ContextRequest): GatewayContext;
  authenticate: Authenticate;
  limitsOf(caller: Caller): CallerLimits;
  limits: OperationLimitSettings;
  /** graphql-armor's rules, the same instance Apollo Server validates HTTP requests with. */
  armorRules: readonly ValidationRule[];
  introspection: boolean;
  logger: Logger;
  keepAliveMs: number;
  metrics: GatewayMetrics;
}): { dispose(): Promise<void>; connections(): number; subscriptions(): number } {
  let subscriptions = 0;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const connections = new WeakMap<object, Connection>();
  const rules: ValidationRule[] = [
    ...specifiedRules,
    ...options.armorRules,
    ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const validated = createValidatedDocuments(MAX_VALIDATED_DOCUMENTS);
  const header = (request: IncomingMessage, name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const format = (
    context: Pick<GatewayContext, 'logger' | 'requestId'>,
    errors: readonly GraphQLError[],
  ) =>
    errors.map((error) => {
      if (!isClientError(error.extensions?.code)) {
        const cause = error.originalError ?? error;
        context.logger.error(
          { err: { name: cause.name, message: cause.message, stack: cause.stack } },
          'unexpected error in a WebSocket operation',
        );
      }
      const formatted = formatGatewayError(error.toJSON());
      return {
        ...formatted,
        message: options.limits.hideSuggestions
          ? withoutSuggestions(formatted.message)
          : formatted.message,
        extensions: { ...formatted.extensions, requestId: context.requestId },
      };
    });
  const refusal = (message: string, code: string, extra: Record<string, unknown> = {}) =>
    new GraphQLError(message, { extensions: { code, ...extra } });

  /** What an HTTP request goes through before it runs; errors, or the arguments to run with. */
  const prepare = async (
    connection: Connection,
    id: string,
    payload: {
      query: string;
      operationName?: string | null;
      variables?: Record<string, unknown> | null;
    },
  ): Promise<ExecutionArgs | GraphQLError[]> => {
    const authenticated = await options.authenticate(connection.authorization);
    if (authenticated.kind !== 'caller') {
      connection.socket.close(CloseCode.Unauthorized, 'Unauthorized');
      return [refusal('The credential is no longer valid.', 'UNAUTHENTICATED')];
    }
    const caller = authenticated.caller;
    const limits = options.limitsOf(caller);
    const rate = await limits.request();
    if (!rate.allowed) {
      options.metrics.rateLimited(caller.partnerId, 'requests');
      return [
        refusal(`Too many requests; retry in ${rate.resetSeconds} s.`, 'RATE_LIMITED', {
          retryAfterSeconds: rate.resetSeconds,
        }),
      ];
    }
    let document = validated.get(payload.query);
    if (!document) {
      try {
        document = parse(payload.query, { maxTokens: ARMOR_LIMITS.maxTokens });
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        return [refusal(error.message, 'GRAPHQL_PARSE_FAILED')];
      }
      const invalid = validate(options.schema, document, rules);
      if (invalid.length > 0) {
        return invalid.map((error) => refusal(error.message, 'GRAPHQL_VALIDATION_FAILED'));
      }
      validated.add(payload.query, document);
    }
    const tooCostly = operationLimitError(
      options.schema,
      document,
      payload.operationName,
      payload.variables,
      options.limits.maxAtlasCallsPerOperation,
    );
    if (tooCostly) return [tooCostly];
    const contextValue = options.context({
      requestId: randomUUID(),
      caller,
      acceptLanguage: header(connection.request, 'accept-language'),
    });
    const operation = getOperationAST(document, payload.operationName);
    if (operation?.operation === 'subscription') subscriptions += 1;
    connection.operations[id] = {
      context: contextValue,
      name: operation?.name?.value ?? null,
      type: operation?.operation ?? 'query',
      started: performance.now(),
    };
    return {
      schema: options.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
      contextValue,
    };
  };

  const server = useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const authorization = authorizationOf(ctx.connectionParams);
        const authenticated = await options.authenticate(authorization);
        const { socket, request } = ctx.extra;
        if (authenticated.kind === 'unavailable') {
          socket.close(TRY_AGAIN_LATER, 'Credentials cannot be checked right now');
          return false;
        }
        if (authenticated.kind === 'refused') {
          socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
        // Closes with 4403: a subscription only reads orders.
        if (!authenticated.caller.scopes.has('orders:read')) return false;
        connections.set(ctx.extra, { request, socket, authorization, operations: {} });
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const connection = connections.get(ctx.extra);
        if (!connection) return [refusal('Not connected.', 'UNAUTHENTICATED')];
        return prepare(connection, id, payload);
      },
      onNext: (ctx, id, _payload, _args, result) => {
        const context = connections.get(ctx.extra)?.operations[id]?.context;
        return result.errors && context
          ? { ...result, errors: format(context, result.errors) }
          : undefined;
      },
      onError: (ctx, id, _payload, errors) => {
        // Refusals from onSubscribe come before the operation has a context.
        const context = connections.get(ctx.extra)?.operations[id]?.context;
        if (context) return format(context, errors);
        const requestId = randomUUID();
        return format({ logger: requestLogger(options.logger, { requestId }), requestId }, errors);
      },
      onComplete: (ctx, id) => {
        const connection = connections.get(ctx.extra);
        const operation = connection?.operations[id];
        if (!connection || !operation) return;
        delete connection.operations[id];
        if (operation.type === 'subscription') subscriptions -= 1;
        recordOperation(operation.context, {
          name: operation.name,
          type: operation.type,
          transport: 'websocket',
          seconds: (performance.now() - operation.started) / 1000,
          errors: [],
        });
      },
      // Inside the operation's span, so its Atlas calls are the span's children.
      execute: (args) => traced(args, () => execute(args)),
      subscribe: (args) => traced(args, () => subscribe(args)),
    },
    wsServer,
    options.keepAliveMs,
  );
  return {
    async dispose() {
      await server.dispose();
    },
    connections: () => wsServer.clients.size,
    subscriptions: () => subscriptions,
  };
}
