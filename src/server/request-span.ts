import { context, SpanKind, trace } from '@opentelemetry/api';
import { ServerResponse } from 'node:http';
import { Caller } from '../partners/partner';
import { tracer } from '../tracing/tracer';

/**
 * Runs `next` inside the request's span (when tracing is on), so Atlas calls are its children.
 * Start it once the body is read: body parsing resumes in the socket's async context.
 */
export function inRequestSpan<T>(
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
  return context.with(trace.setSpan(context.active(), span), next);
}
