import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { MiddlewareFn } from 'type-graphql';
import { AtlasTransportError } from '../src/atlas/atlas.errors';
import { BookingTokenInvalidError, OfferIdInvalidError } from '../src/booking/booking.errors';
import { LedgerUnavailableError } from '../src/ledger/ledger.errors';
import { RateLimitedError } from '../src/safety/rate-limit.errors';
import { GatewayContext } from '../src/server/context';

/** Stable `extensions.code` values of errors a client is meant to see. */
export const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'ATLAS_UNAVAILABLE',
  'ORDER_NOT_FOUND',
  'LEDGER_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'AUTH_UNAVAILABLE',
  'RATE_LIMITED',
  'ATLAS_CALL_LIMIT_EXCEEDED',
  'ONE_PAYMENT_PER_OPERATION',
  'SUBSCRIPTION_NEEDS_WEBSOCKET',
]);

const ORDER_NO = /^[A-Za-z0-9]{1,64}$/;

export function checkOrderNo(orderNo: string, field: string): void {
  if (!ORDER_NO.test(orderNo))
    throw badUserInput('An order number is 1 to 64 letters or digits.', field);
}

/** When a subscription names an order Atlas does not know. */
export function orderNotFound(orderNo: string): GraphQLError {
  return new GraphQLError(`Atlas does not know order ${orderNo}.`, {
    extensions: { code: 'ORDER_NOT_FOUND' },
  });
}

/** When an argument is malformed; `field` names the argument, never its value. */
export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** Turns a failed order read into the error the caller should see; the rest stays unexpected. */
export function orderReadError(error: Error): Error {
  if (error instanceof AtlasTransportError) {
    return new GraphQLError('Atlas did not answer the order query; try again shortly.', {
      extensions: { code: 'ATLAS_UNAVAILABLE' },
    });
  }
  if (error instanceof LedgerUnavailableError) return ledgerUnavailable();
  return error;
}

/** When a partner is over a limit inside an operation: 429 with Retry-After for the request. */
export function rateLimited(error: RateLimitedError): GraphQLError {
  const seconds = error.decision.resetSeconds;
  return new GraphQLError(`Too many ${error.what}; retry in ${seconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    },
  });
}

/** When the ledger cannot be read: nothing is guessed, the caller retries. */
export function ledgerUnavailable(): GraphQLError {
  return new GraphQLError('The payment ledger is unavailable; try again shortly.', {
    extensions: { code: 'LEDGER_UNAVAILABLE' },
  });
}

/** On a mutation: errors its use case throws on purpose become the client errors they stand for. */
export const mapKnownErrors: MiddlewareFn<GatewayContext> = async ({ context }, next) => {
  try {
    return await next();
  } catch (error) {
    if (error instanceof RateLimitedError) {
      context.metrics.rateLimited(context.caller.partnerId, error.limit);
      throw rateLimited(error);
    }
    if (error instanceof LedgerUnavailableError) throw ledgerUnavailable();
    if (error instanceof OfferIdInvalidError) throw badUserInput(error.message, 'offerId');
    if (error instanceof BookingTokenInvalidError) {
      throw badUserInput(error.message, 'input.bookingToken');
    }
    throw error;
  }
};
