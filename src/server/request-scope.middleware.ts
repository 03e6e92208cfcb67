import { NextFunction, Request, Response } from 'express';
import { withinRequest } from '../logging/request-scope';
import { Caller } from '../partners/partner';

/**
 * Everything after it runs inside the request's scope, so every log line names the request and its
 * partner. It sits after the body is read: body parsing resumes in the socket's async context.
 */
export function requestScopeMiddleware(_req: Request, res: Response, next: NextFunction): void {
  const caller = res.locals.caller as Caller | undefined;
  withinRequest(
    {
      requestId: String(res.locals.requestId),
      ...(caller ? { partnerId: caller.partnerId } : {}),
    },
    next,
  );
}
