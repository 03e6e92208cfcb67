import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { z } from 'zod';
import { Logger } from '../logging/logger';
import { tracer } from '../tracing/tracer';
import { AtlasAccessError, AtlasTransportError } from './atlas.errors';
import { AtlasTransport, TransportResponse } from './atlas.transport';
import { AtlasAsker, atlasLines } from './atlas.log';
import { envelopeSchema } from './atlas.wire-schemas';

/**
 * `outcome` is Atlas's business status as text, `http_<status>` for a non-200 answer, or the
 * transport failure's kind (`timeout`, `connection`, `unreachable`, `unparseable`): a bounded set.
 */
export interface AtlasCallObserver {
  called(endpoint: string, outcome: string, seconds: number): void;
  retried(endpoint: string): void;
}

const ACCESS_STATUSES = new Set([900, 902]);

function parseJson(endpoint: string, response: TransportResponse): unknown {
  try {
    return JSON.parse(response.bodyText);
  } catch {
    throw new AtlasTransportError('unparseable', endpoint, 'body is not JSON', response.httpStatus);
  }
}

/**
 * zod's ahead-of-time compiled copy of each answer schema, made at its first answer: the same
 * results and issues, without the runtime parser's per-field dispatch and allocation.
 */
const compiled = new WeakMap<z.ZodType, z.ZodType>();

function compiledOf<T>(schema: z.ZodType<T>): z.ZodType<T> {
  let fast = compiled.get(schema) as z.ZodType<T> | undefined;
  if (!fast) {
    fast = z.compile(schema);
    compiled.set(schema, fast);
  }
  return fast;
}

export function parseWith<T>(endpoint: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = compiledOf(schema).safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new AtlasTransportError('unparseable', endpoint, `unexpected shape at ${where}`);
  }
  return parsed.data;
}

export interface AtlasCallOptions {
  transport: AtlasTransport;
  clientId: string;
  clientSecret: string;
  logger: Logger;
  observer?: AtlasCallObserver;
}

export type AtlasCall = (
  endpoint: string,
  body: unknown,
  timeoutMs: number,
  asker: AtlasAsker,
) => Promise<{ json: unknown; envelope: z.infer<typeof envelopeSchema> }>;

/**
 * One Atlas call, whatever the endpoint: credentials in the headers, the envelope parsed,
 * HTTP and account refusals raised as typed errors, and every call observed and traced.
 */
export function createAtlasCall(options: AtlasCallOptions): AtlasCall {
  const line = atlasLines(options.logger);
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'Accept-Encoding': 'gzip',
    'x-atlas-client-id': options.clientId,
    'x-atlas-client-secret': options.clientSecret,
  };

  /** One span per Atlas call, a child of the operation that made it (when tracing is on). */
  function call(
    endpoint: string,
    body: unknown,
    timeoutMs: number,
    asker: AtlasAsker,
  ): Promise<{ json: unknown; envelope: z.infer<typeof envelopeSchema> }> {
    return tracer().startActiveSpan(
      `atlas ${endpoint}`,
      { kind: SpanKind.CLIENT, attributes: { 'atlas.endpoint': endpoint } },
      (span) =>
        callOnce(endpoint, body, timeoutMs, asker, (outcome) => {
          span.setAttribute('atlas.outcome', outcome);
          if (!/^-?\d+$/.test(outcome)) span.setStatus({ code: SpanStatusCode.ERROR });
        }).finally(() => span.end()),
    );
  }

  async function callOnce(
    endpoint: string,
    body: unknown,
    timeoutMs: number,
    asker: AtlasAsker,
    traced: (outcome: string) => void,
  ): Promise<{ json: unknown; envelope: z.infer<typeof envelopeSchema> }> {
    const started = performance.now();
    const observe = (outcome: string) => {
      traced(outcome);
      options.observer?.called(endpoint, outcome, (performance.now() - started) / 1000);
    };
    let response: TransportResponse;
    try {
      response = await options.transport.post({ endpoint, headers, body, timeoutMs });
    } catch (error) {
      observe(error instanceof AtlasTransportError ? error.kind : 'error');
      throw error;
    }
    if (response.httpStatus !== 200) observe(`http_${response.httpStatus}`);
    const log = {
      endpoint,
      httpStatus: response.httpStatus,
      atlasRequestId: response.requestId,
      ms: Math.round(performance.now() - started),
    };
    if (response.httpStatus === 401 || response.httpStatus === 403) {
      line(asker, 'error', log, 'Atlas refused the credentials');
      throw new AtlasAccessError(endpoint, null);
    }
    if (response.httpStatus !== 200) {
      line(asker, 'warn', log, 'Atlas answered with a non-200 HTTP status');
      throw new AtlasTransportError(
        'http',
        endpoint,
        `HTTP ${response.httpStatus}`,
        response.httpStatus,
      );
    }
    let json: unknown;
    let envelope: z.infer<typeof envelopeSchema>;
    try {
      json = parseJson(endpoint, response);
      envelope = parseWith(endpoint, envelopeSchema, json);
    } catch (error) {
      observe('unparseable');
      throw error;
    }
    // Atlas statuses are small integers; anything else is one bucket, so labels stay bounded.
    observe(Math.abs(envelope.status) < 100_000 ? String(envelope.status) : 'other');
    line(asker, 'debug', { ...log, atlasStatus: envelope.status }, 'Atlas answered');
    if (ACCESS_STATUSES.has(envelope.status)) {
      line(asker, 'error', { ...log, atlasStatus: envelope.status }, 'Atlas refused the account');
      throw new AtlasAccessError(endpoint, envelope.status);
    }
    return { json, envelope };
  }

  return call;
}
