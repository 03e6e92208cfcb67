import { NextFunction, Request, Response } from 'express';
import { Logger } from '../logging/logger';
import { throttledLog } from '../logging/throttled-log';
import { Authenticate } from '../partners/authenticate';
import { refuse } from './graphql-refusal';

/**
 * Every request to /graphql names its partner before GraphQL sees it: 401 for the whole request
 * otherwise. Only the Sandbox page itself (a browser's GET for HTML) needs no credential.
 */
export function authenticateMiddleware(authenticate: Authenticate, logger: Logger) {
  const refused = throttledLog(logger, 'info', 'requests refused: not authenticated', 10_000);
  const unavailable = throttledLog(
    logger,
    'warn',
    'requests refused: identity provider unreachable',
    10_000,
  );
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (isLandingPageRequest(req)) return next();
    const result = await authenticate(req.header('authorization'));
    switch (result.kind) {
      case 'caller':
        res.locals.caller = result.caller;
        return next();
      case 'refused':
        refused({ requestId: res.locals.requestId, reason: result.reason });
        res.setHeader('WWW-Authenticate', 'Bearer realm="atlas-gateway"');
        return refuse(
          res,
          401,
          'Send a partner credential: Authorization: Bearer <API key or token>.',
          { code: 'UNAUTHENTICATED' },
        );
      case 'unavailable':
        unavailable({ requestId: res.locals.requestId, reason: result.reason });
        return refuse(res, 503, 'Credentials cannot be checked right now; try again shortly.', {
          code: 'AUTH_UNAVAILABLE',
        });
    }
  };
}

function isLandingPageRequest(req: Request): boolean {
  return (
    req.method === 'GET' &&
    req.query.query === undefined &&
    req.accepts(['application/json', 'text/html']) === 'text/html'
  );
}
