import { context, SpanKind, trace } from '@opentelemetry/api';
import { NextFunction, Request, Response } from 'express';
import { withinRequest } from '../logging/request-scope';
import { Caller } from '../partners/partner';
import { tracer } from '../tracing/tracer';

/**
 * Everything after it runs inside the request's scope, so every log line names the request and its
 * partner, and inside its span (when tracing is on), so Atlas calls are its children. It sits after
 * the body is read: body parsing resumes in the socket's async context.
 */
export function requestScopeMiddleware(req: Request, res: Response, next: NextFunction): void {
  const caller = res.locals.caller as Caller | undefined;
  const requestId = String(res.locals.requestId);
  const span = tracer().startSpan(`${req.method} ${req.baseUrl || req.path}`, {
    kind: SpanKind.SERVER,
    attributes: {
      'gateway.request_id': requestId,
      ...(caller ? { 'gateway.partner_id': caller.partnerId } : {}),
    },
  });
  res.once('finish', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    span.end();
  });
  context.with(trace.setSpan(context.active(), span), () =>
    withinRequest({ requestId, ...(caller ? { partnerId: caller.partnerId } : {}) }, next),
  );
}
