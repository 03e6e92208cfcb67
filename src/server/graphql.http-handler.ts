import { ApolloServer, HeaderMap } from '@apollo/server';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '../logging/logger';
import { Caller } from '../partners/partner';
import { AuthenticateStep } from './authenticate.step';
import { GatewayContext } from './context';
import { CorsStep } from './cors.step';
import { refuse } from './graphql-refusal';
import { readJsonBody } from './request-body';
import { assignRequestId } from './request-id';
import { RequestRateStep } from './request-rate.step';
import { inRequestSpan } from './request-span';
import { ContextRequest } from './request-context';

const GRAPHQL_PATH = '/graphql';

export interface GraphQLHttpOptions {
  apollo: ApolloServer<GatewayContext>;
  cors: CorsStep;
  authenticate: AuthenticateStep;
  requestRate: RequestRateStep;
  context(request: ContextRequest): GatewayContext;
  logger: Logger;
}

/** True for the GraphQL endpoint's own path, with or without a query string or trailing slash. */
export function isGraphQLPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?', 1)[0];
  return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/`;
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * /graphql straight on node:http, the hot path with no framework under Apollo Server:
 * request id → CORS → the caller's credential → its request rate → the body → GraphQL (limited by
 * graphql-armor and the Atlas-call rule before it runs), inside the request's span.
 */
export function graphqlHttpHandler(
  options: GraphQLHttpOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { apollo } = options;

  async function execute(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    request: ContextRequest,
  ): Promise<void> {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers: headerMapOf(req),
        search: query === -1 ? '' : url.slice(query),
        body,
      },
      context: async () => options.context(request),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return async (req, res) => {
    const requestId = assignRequestId(req, res);
    try {
      if (!(await options.cors(req, res))) return;
      const caller = await options.authenticate(req, res, requestId);
      if (caller === null) return;
      if (caller !== 'landingPage' && !(await options.requestRate(res, caller, requestId))) return;
      const read = await readJsonBody(req);
      if (read.kind === 'refused') {
        return refuse(res, requestId, read.status, read.message, { code: 'BAD_REQUEST' });
      }
      const known: Caller | null = caller === 'landingPage' ? null : caller;
      await inRequestSpan(
        { method: req.method ?? 'GET', route: GRAPHQL_PATH, requestId, caller: known },
        res,
        () =>
          execute(req, res, read.body, {
            requestId,
            // Only the Sandbox page passes without a caller, and it never reaches a resolver.
            caller: known as Caller,
            acceptLanguage: req.headers['accept-language'],
          }),
      );
    } catch (error) {
      const { name, message, stack } = error as Error;
      options.logger.error(
        { requestId, err: { name, message, stack } },
        'could not serve /graphql',
      );
      if (!res.headersSent) {
        refuse(res, requestId, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
      } else {
        res.destroy();
      }
    }
  };
}
