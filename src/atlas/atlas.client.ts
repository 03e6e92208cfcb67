import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { PAYMENT_METHOD_CODES } from '../domain/payment-method.codes';
import { Logger } from '../logging/logger';
import { PaymentRequest } from '../domain/payment-request';
import { AtlasTransportError, AtlasUnexpectedStatusError } from './atlas.errors';
import { AtlasCallObserver, createAtlasCall, parseWith } from './atlas.call';
import { AtlasAsker, atlasLines } from './atlas.log';
import { createdOrderFromWire, orderFromWire } from './atlas.order-mapper';
import { AtlasTransport } from './atlas.transport';
import {
  envelopeSchema,
  orderCommitResponseSchema,
  orderCreatedSchema,
  orderRefusedSchema,
  payResponseSchema,
  queryOrderSuccessSchema,
} from './atlas.wire-schemas';
import { payRequestBody } from './pay-request.wire';
import {
  CommitOrderAnswer,
  CommitOrderRequest,
  CreateOrderAnswer,
  PayAnswer,
  QueryOrderResult,
  RegenerateOrderAnswer,
  SearchAnswer,
  VerifyAnswer,
} from './atlas.answers';
import { BookingRequest, FlightSearchRequest } from '../domain/booking-request';
import { PassengerCounts } from '../domain/flight-offer';
import { offerFromWire } from './atlas.routing-mapper';
import { orderRequestBody, searchRequestBody, verifiedOfferFromWire } from './booking.wire';
import { searchSuccessSchema, verifySuccessSchema } from './routing.wire-schemas';

export type {
  AtlasRefusal,
  CommitOrderAnswer,
  CommitOrderRequest,
  CreateOrderAnswer,
  PayAnswer,
  QueryOrderResult,
  RegenerateOrderAnswer,
  SearchAnswer,
  VerifyAnswer,
} from './atlas.answers';

export type { AtlasCallObserver } from './atlas.call';
export type { AtlasAsker } from './atlas.log';

/** Each call names who it is made for (`asker`), so its log lines name the asking request. */
export interface AtlasClient {
  /** search.do, not retried: a search costs Atlas quota (QPS and look-to-book). */
  search(request: FlightSearchRequest, asker: AtlasAsker): Promise<SearchAnswer>;
  /** verify.do for a routing searched for these passengers. */
  verify(
    routingIdentifier: string,
    passengers: PassengerCounts,
    asker: AtlasAsker,
  ): Promise<VerifyAnswer>;
  /** order.do, sent once: it books, so a lost answer is never resent blindly. */
  createOrder(request: BookingRequest, asker: AtlasAsker): Promise<CreateOrderAnswer>;
  queryOrder(orderNo: string, asker: AtlasAsker): Promise<QueryOrderResult>;
  /** Sends pay.do exactly once. Throws AtlasTransportError when the answer is lost. */
  pay(request: PaymentRequest, asker: AtlasAsker): Promise<PayAnswer>;
  /** orderCommit.do (Ryanair only), sent once. */
  commitOrder(request: CommitOrderRequest, asker: AtlasAsker): Promise<CommitOrderAnswer>;
  /** regenerateOrder.do, sent once: it books, so a lost answer is never resent blindly. */
  regenerateOrder(originalOrderNo: string, asker: AtlasAsker): Promise<RegenerateOrderAnswer>;
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

const NOT_FOUND_STATUSES = new Set([800, 703]);
/** 705 is the documented query timeout; -1 and 9999 are generic errors Atlas says to retry once. */
const TRANSIENT_QUERY_STATUSES = new Set([705, -1, 9999]);

class TransientQueryStatus extends Error {
  constructor(readonly atlasStatus: number) {
    super(`transient Atlas status ${atlasStatus}`);
  }
}

function isTransient(error: unknown): boolean {
  if (error instanceof TransientQueryStatus) return true;
  if (!(error instanceof AtlasTransportError)) return false;
  if (error.kind === 'http') return error.httpStatus !== null && error.httpStatus >= 500;
  return error.kind === 'timeout' || error.kind === 'connection' || error.kind === 'unreachable';
}

export function createAtlasClient(options: AtlasClientOptions): AtlasClient {
  const call = createAtlasCall(options);
  const line = atlasLines(options.logger);

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

  /** order.do or regenerateOrder.do: sent once, with the longer timeout, for it books. */
  async function book(
    endpoint: string,
    body: unknown,
    fields: Record<string, unknown>,
    asker: AtlasAsker,
  ): Promise<RegenerateOrderAnswer> {
    const { json, envelope } = await call(endpoint, body, options.payTimeoutMs, asker);
    line(asker, 'info', { ...fields, atlasStatus: envelope.status }, `${endpoint} answered`);
    return createdOrRefused(endpoint, json, envelope);
  }

  async function queryOnce(orderNo: string, asker: AtlasAsker): Promise<QueryOrderResult> {
    const endpoint = 'queryOrderDetails.do';
    const { json, envelope } = await call(endpoint, { orderNo }, options.timeoutMs, asker);
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
    async queryOrder(orderNo, asker) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await queryOnce(orderNo, asker);
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
          line(
            asker,
            'warn',
            { orderNo, attempt: attempt + 1, delayMs: Math.round(jittered) },
            'retrying order query',
          );
          await sleep(jittered);
        }
      }
    },

    async pay(request, asker) {
      const endpoint = 'pay.do';
      const { json } = await call(endpoint, payRequestBody(request), options.payTimeoutMs, asker);
      const answer = parseWith(endpoint, payResponseSchema, json);
      line(
        asker,
        'info',
        {
          orderNo: request.orderNo,
          method: PAYMENT_METHOD_CODES[request.method],
          atlasStatus: answer.status,
        },
        'pay.do answered',
      );
      return { atlasStatus: answer.status, atlasMessage: answer.msg };
    },

    async commitOrder(request, asker) {
      const endpoint = 'orderCommit.do';
      const body = request.iframe
        ? { orderNo: request.orderNo, iframe: 'true' }
        : { orderNo: request.orderNo, redirectUri: request.redirectUri, iframe: 'false' };
      // Ryanair answers slowly; the longer payment timeout covers Atlas's own 8 s default.
      const { json, envelope } = await call(endpoint, body, options.payTimeoutMs, asker);
      line(
        asker,
        'info',
        { orderNo: request.orderNo, atlasStatus: envelope.status },
        'orderCommit.do answered',
      );
      if (envelope.status !== 0) {
        return { kind: 'refused', atlasStatus: envelope.status, atlasMessage: envelope.msg };
      }
      const answer = parseWith(endpoint, orderCommitResponseSchema, json);
      return { kind: 'page', confirmationUrl: answer.confirmationUrl };
    },

    async search(request, asker) {
      const endpoint = 'search.do';
      const { json, envelope } = await call(
        endpoint,
        searchRequestBody(request),
        options.timeoutMs,
        asker,
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

    async verify(routingIdentifier, passengers, asker) {
      const endpoint = 'verify.do';
      const { json, envelope } = await call(
        endpoint,
        { routingIdentifier },
        options.timeoutMs,
        asker,
      );
      if (envelope.status !== 0) {
        return { kind: 'refused', atlasStatus: envelope.status, atlasMessage: envelope.msg };
      }
      const answer = parseWith(endpoint, verifySuccessSchema, json);
      return { kind: 'verified', verified: await verifiedOfferFromWire(answer, passengers) };
    },

    async createOrder(request, asker) {
      return book('order.do', orderRequestBody(request), {}, asker);
    },

    async regenerateOrder(originalOrderNo, asker) {
      return book('regenerateOrder.do', { originalOrderNo }, { originalOrderNo }, asker);
    },

    async registerWebhook(url) {
      const endpoint = 'updateWebhookURL.do';
      const { envelope } = await call(
        endpoint,
        { url, cid: options.clientId },
        options.timeoutMs,
        null,
      );
      if (envelope.status !== 0) {
        throw new AtlasUnexpectedStatusError(endpoint, envelope.status, envelope.msg);
      }
    },
  };
}
