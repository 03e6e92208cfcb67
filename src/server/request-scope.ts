import { context, SpanKind, trace } from '@opentelemetry/api';
import { ServerResponse } from 'node:http';
import { withinRequest } from '../logging/request-scope';
import { Caller } from '../partners/partner';
import { tracer } from '../tracing/tracer';

/**
 * Runs `next` inside the request's scope, so every log line names the request and its partner,
 * and inside its span (when tracing is on), so Atlas calls are its children. Start it once the
 * body is read: body parsing resumes in the socket's async context.
 */
export function inRequestScope<T>(
  request: { method: string; route: string; requestId: string; caller: Caller | null },
  res: ServerResponse,
  next: () => T,
): T {
  const { requestId, caller } = request;
  const span = tracer().startSpan(`${request.method} ${request.route}`, {
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
  return context.with(trace.setSpan(context.active(), span), () =>
    withinRequest({ requestId, ...(caller ? { partnerId: caller.partnerId } : {}) }, next),
  );
}
