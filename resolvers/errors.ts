import { GraphQLError } from 'graphql';
import { AtlasTransportError } from '../src/atlas/atlas.errors';

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
  return error;
}
