import { setTimeout as sleep } from 'node:timers/promises';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { z } from 'zod';
import { Order } from '../domain/order';
import { PAYMENT_METHOD_CODES } from '../domain/payment-method.codes';
import { Logger } from '../logging/logger';
import { tracer } from '../tracing/tracer';
import { PaymentRequest } from '../domain/payment-request';
import { AtlasAccessError, AtlasTransportError, AtlasUnexpectedStatusError } from './atlas.errors';
import { createdOrderFromWire, orderFromWire } from './atlas.order-mapper';
import { AtlasTransport, TransportResponse } from './atlas.transport';
import {
  envelopeSchema,
  orderCommitResponseSchema,
  orderCreatedSchema,
  orderRefusedSchema,
  payResponseSchema,
  queryOrderSuccessSchema,
} from './atlas.wire-schemas';
import { payRequestBody } from './pay-request.wire';
import { BookingRequest, FlightSearchRequest } from '../domain/booking-request';
import { PassengerCounts } from '../domain/flight-offer';
import { offerFromWire, RoutedOffer } from './atlas.routing-mapper';
import {
  orderRequestBody,
  searchRequestBody,
  VerifiedOffer,
  verifiedOfferFromWire,
} from './booking.wire';
import { searchSuccessSchema, verifySuccessSchema } from './routing.wire-schemas';

export type QueryOrderResult =
  { kind: 'found'; order: Order } | { kind: 'notFound'; atlasStatus: number };

export interface PayAnswer {
  atlasStatus: number;
  atlasMessage: string | null;
}

export interface CommitOrderRequest {
  orderNo: string;
  /** Popup mode: where Ryanair sends the traveller afterwards. Ignored in iframe mode. */
  redirectUri: string | null;
  iframe: boolean;
}

export type CommitOrderAnswer =
  | { kind: 'page'; confirmationUrl: string }
  | { kind: 'refused'; atlasStatus: number; atlasMessage: string | null };

export type RegenerateOrderAnswer =
  | { kind: 'created'; order: Order }
  | {
      kind: 'refused';
      atlasStatus: number;
      atlasMessage: string | null;
      /** Set with 318: the existing orders Atlas suspects this one duplicates. */
      duplicateOrders: string[];
    };

export type AtlasRefusal = { kind: 'refused'; atlasStatus: number; atlasMessage: string | null };

export type SearchAnswer = { kind: 'offers'; offers: RoutedOffer[] } | AtlasRefusal;

export type VerifyAnswer = { kind: 'verified'; verified: VerifiedOffer } | AtlasRefusal;

/** order.do answers like regenerateOrder.do (orders.md §3). */
export type CreateOrderAnswer = RegenerateOrderAnswer;

export interface AtlasClient {
  /** search.do, not retried: a search costs Atlas quota (QPS and look-to-book). */
  search(request: FlightSearchRequest): Promise<SearchAnswer>;
  /** verify.do for a routing searched for these passengers. */
  verify(routingIdentifier: string, passengers: PassengerCounts): Promise<VerifyAnswer>;
  /** order.do, sent once: it books, so a lost answer is never resent blindly. */
  createOrder(request: BookingRequest): Promise<CreateOrderAnswer>;
  queryOrder(orderNo: string): Promise<QueryOrderResult>;
  /** Sends pay.do exactly once. Throws AtlasTransportError when the answer is lost. */
  pay(request: PaymentRequest): Promise<PayAnswer>;
  /** orderCommit.do (Ryanair only), sent once. */
  commitOrder(request: CommitOrderRequest): Promise<CommitOrderAnswer>;
  /** regenerateOrder.do, sent once: it books, so a lost answer is never resent blindly. */
  regenerateOrder(originalOrderNo: string): Promise<RegenerateOrderAnswer>;
  /** updateWebhookURL.do: one URL per account, so this replaces any URL set before. */
  registerWebhook(url: string): Promise<void>;
}

export interface AtlasClientOptions {
  transport: AtlasTransport;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  payTimeoutMs: number;
  queryRetries: number;
  retryBaseDelayMs: number;
  logger: Logger;
  /** Told of every call and retry, for metrics; nothing when absent. */
  observer?: AtlasCallObserver;
}

/**
 * `outcome` is Atlas's business status as text, `http_<status>` for a non-200 answer, or the
 * transport failure's kind (`timeout`, `connection`, `unreachable`, `unparseable`): a bounded set.
 */
export interface AtlasCallObserver {
  called(endpoint: string, outcome: string, seconds: number): void;
  retried(endpoint: string): void;
}

const ACCESS_STATUSES = new Set([900, 902]);
const NOT_FOUND_STATUSES = new Set([800, 703]);
/** 705 is the documented query timeout; -1 and 9999 are generic errors Atlas says to retry once. */
const TRANSIENT_QUERY_STATUSES = new Set([705, -1, 9999]);

class TransientQueryStatus extends Error {
  constructor(readonly atlasStatus: number) {
    super(`transient Atlas status ${atlasStatus}`);
  }
}

function parseJson(endpoint: string, response: TransportResponse): unknown {
  try {
    return JSON.parse(response.bodyText);
  } catch {
    throw new AtlasTransportError('unparseable', endpoint, 'body is not JSON', response.httpStatus);
  }
}

function parseWith<T>(endpoint: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new AtlasTransportError('unparseable', endpoint, `unexpected shape at ${where}`);
  }
  return parsed.data;
}

function isTransient(error: unknown): boolean {
  if (error instanceof TransientQueryStatus) return true;
  if (!(error instanceof AtlasTransportError)) return false;
  if (error.kind === 'http') return error.httpStatus !== null && error.httpStatus >= 500;
  return error.kind === 'timeout' || error.kind === 'connection' || error.kind === 'unreachable';
}

export function createAtlasClient(options: AtlasClientOptions): AtlasClient {
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
  ): Promise<{ json: unknown; envelope: z.infer<typeof envelopeSchema> }> {
    return tracer().startActiveSpan(
      `atlas ${endpoint}`,
      { kind: SpanKind.CLIENT, attributes: { 'atlas.endpoint': endpoint } },
      (span) =>
        callOnce(endpoint, body, timeoutMs, (outcome) => {
          span.setAttribute('atlas.outcome', outcome);
          if (!/^-?\d+$/.test(outcome)) span.setStatus({ code: SpanStatusCode.ERROR });
        }).finally(() => span.end()),
    );
  }

  async function callOnce(
    endpoint: string,
    body: unknown,
    timeoutMs: number,
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
      options.logger.error(log, 'Atlas refused the credentials');
      throw new AtlasAccessError(endpoint, null);
    }
    if (response.httpStatus !== 200) {
      options.logger.warn(log, 'Atlas answered with a non-200 HTTP status');
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
    options.logger.debug({ ...log, atlasStatus: envelope.status }, 'Atlas answered');
    if (ACCESS_STATUSES.has(envelope.status)) {
      options.logger.error({ ...log, atlasStatus: envelope.status }, 'Atlas refused the account');
      throw new AtlasAccessError(endpoint, envelope.status);
    }
    return { json, envelope };
  }

  async function createdOrRefused(
    endpoint: string,
    json: unknown,
    envelope: z.infer<typeof envelopeSchema>,
  ): Promise<RegenerateOrderAnswer> {
    if (envelope.status !== 0) {
      const refused = parseWith(endpoint, orderRefusedSchema, json);
      return {
        kind: 'refused',
        atlasStatus: refused.status,
        atlasMessage: refused.msg,
        duplicateOrders: refused.duplicateOrders,
      };
    }
    return {
      kind: 'created',
      order: await createdOrderFromWire(parseWith(endpoint, orderCreatedSchema, json)),
    };
  }

  async function queryOnce(orderNo: string): Promise<QueryOrderResult> {
    const endpoint = 'queryOrderDetails.do';
    const { json, envelope } = await call(endpoint, { orderNo }, options.timeoutMs);
    if (NOT_FOUND_STATUSES.has(envelope.status)) {
      return { kind: 'notFound', atlasStatus: envelope.status };
    }
    if (TRANSIENT_QUERY_STATUSES.has(envelope.status))
      throw new TransientQueryStatus(envelope.status);
    if (envelope.status !== 0) {
      throw new AtlasUnexpectedStatusError(endpoint, envelope.status, envelope.msg);
    }
    const order = await orderFromWire(parseWith(endpoint, queryOrderSuccessSchema, json));
    if (!order) throw new AtlasTransportError('unparseable', endpoint, 'undocumented orderStatus');
    return { kind: 'found', order };
  }

  return {
    async queryOrder(orderNo) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await queryOnce(orderNo);
        } catch (error) {
          if (!isTransient(error) || attempt >= options.queryRetries) {
            if (error instanceof TransientQueryStatus) {
              throw new AtlasTransportError(
                'timeout',
                'queryOrderDetails.do',
                `status ${error.atlasStatus}`,
              );
            }
            throw error;
          }
          options.observer?.retried('queryOrderDetails.do');
          const backoff = options.retryBaseDelayMs * 2 ** attempt;
          const jittered = backoff / 2 + Math.random() * (backoff / 2);
          options.logger.warn(
            { orderNo, attempt: attempt + 1, delayMs: Math.round(jittered) },
            'retrying order query',
          );
          await sleep(jittered);
        }
      }
    },

    async pay(request) {
      const endpoint = 'pay.do';
      const { json } = await call(endpoint, payRequestBody(request), options.payTimeoutMs);
      const answer = parseWith(endpoint, payResponseSchema, json);
      options.logger.info(
        {
          orderNo: request.orderNo,
          method: PAYMENT_METHOD_CODES[request.method],
          atlasStatus: answer.status,
        },
        'pay.do answered',
      );
      return { atlasStatus: answer.status, atlasMessage: answer.msg };
    },

    async commitOrder(request) {
      const endpoint = 'orderCommit.do';
      const body = request.iframe
        ? { orderNo: request.orderNo, iframe: 'true' }
        : { orderNo: request.orderNo, redirectUri: request.redirectUri, iframe: 'false' };
      // Ryanair answers slowly; the longer payment timeout covers Atlas's own 8 s default.
      const { json, envelope } = await call(endpoint, body, options.payTimeoutMs);
      options.logger.info(
        { orderNo: request.orderNo, atlasStatus: envelope.status },
        'orderCommit.do answered',
      );
      if (envelope.status !== 0) {
        return { kind: 'refused', atlasStatus: envelope.status, atlasMessage: envelope.msg };
      }
      const answer = parseWith(endpoint, orderCommitResponseSchema, json);
      return { kind: 'page', confirmationUrl: answer.confirmationUrl };
    },

    async search(request) {
      const endpoint = 'search.do';
      const { json, envelope } = await call(
        endpoint,
        searchRequestBody(request),
        options.timeoutMs,
      );
      if (envelope.status !== 0) {
        return { kind: 'refused', atlasStatus: envelope.status, atlasMessage: envelope.msg };
      }
      const answer = parseWith(endpoint, searchSuccessSchema, json);
      const offers = await Promise.all(
        answer.routings.map((routing) => offerFromWire(routing, request.passengers)),
      );
      return { kind: 'offers', offers };
    },

    async verify(routingIdentifier, passengers) {
      const endpoint = 'verify.do';
      const { json, envelope } = await call(endpoint, { routingIdentifier }, options.timeoutMs);
      if (envelope.status !== 0) {
        return { kind: 'refused', atlasStatus: envelope.status, atlasMessage: envelope.msg };
      }
      const answer = parseWith(endpoint, verifySuccessSchema, json);
      return { kind: 'verified', verified: await verifiedOfferFromWire(answer, passengers) };
    },

    async createOrder(request) {
      const endpoint = 'order.do';
      const { json, envelope } = await call(
        endpoint,
        orderRequestBody(request),
        options.payTimeoutMs,
      );
      options.logger.info({ atlasStatus: envelope.status }, 'order.do answered');
      return createdOrRefused(endpoint, json, envelope);
    },

    async regenerateOrder(originalOrderNo) {
      const endpoint = 'regenerateOrder.do';
      const { json, envelope } = await call(endpoint, { originalOrderNo }, options.payTimeoutMs);
      options.logger.info(
        { originalOrderNo, atlasStatus: envelope.status },
        'regenerateOrder.do answered',
      );
      return createdOrRefused(endpoint, json, envelope);
    },

    async registerWebhook(url) {
      const endpoint = 'updateWebhookURL.do';
      const { envelope } = await call(endpoint, { url, cid: options.clientId }, options.timeoutMs);
      if (envelope.status !== 0) {
        throw new AtlasUnexpectedStatusError(endpoint, envelope.status, envelope.msg);
      }
    },
  };
}
