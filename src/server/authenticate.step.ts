import accepts from 'accepts';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '../logging/logger';
import { throttledLog } from '../logging/throttled-log';
import { Authenticate } from '../partners/authenticate';
import { Caller } from '../partners/partner';
import { refuse } from './graphql-refusal';

/** The caller; `landingPage` for the Sandbox page itself; null once the request was refused. */
export type AuthenticateStep = (
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
) => Promise<Caller | 'landingPage' | null>;

/**
 * Every request to /graphql names its partner before GraphQL sees it: 401 for the whole request
 * otherwise. Only the Sandbox page itself (a browser's GET for HTML) needs no credential.
 */
export function authenticateStep(authenticate: Authenticate, logger: Logger): AuthenticateStep {
  const refused = throttledLog(logger, 'info', 'requests refused: not authenticated', 10_000);
  const unavailable = throttledLog(
    logger,
    'warn',
    'requests refused: identity provider unreachable',
    10_000,
  );
  return async (req, res, requestId) => {
    if (isLandingPageRequest(req)) return 'landingPage';
    const result = await authenticate(req.headers.authorization);
    switch (result.kind) {
      case 'caller':
        return result.caller;
      case 'refused':
        refused({ requestId, reason: result.reason });
        res.setHeader('WWW-Authenticate', 'Bearer realm="atlas-gateway"');
        refuse(
          res,
          requestId,
          401,
          'Send a partner credential: Authorization: Bearer <API key or token>.',
          { code: 'UNAUTHENTICATED' },
        );
        return null;
      case 'unavailable':
        unavailable({ requestId, reason: result.reason });
        refuse(res, requestId, 503, 'Credentials cannot be checked right now; try again shortly.', {
          code: 'AUTH_UNAVAILABLE',
        });
        return null;
    }
  };
}

function isLandingPageRequest(req: IncomingMessage): boolean {
  return (
    req.method === 'GET' &&
    !new URLSearchParams((req.url ?? '').split('?')[1] ?? '').has('query') &&
    accepts(req).type(['application/json', 'text/html']) === 'text/html'
  );
}
