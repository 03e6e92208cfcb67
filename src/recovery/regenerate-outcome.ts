import { Order } from '../domain/order';

/** Every way regenerateOrder can fail, named for what happened. Stable: UIs switch on it. */
export enum RegenerateFailureCode {
  ORDER_NOT_FOUND = 'ORDER_NOT_FOUND',
  ORDER_STILL_PAYABLE = 'ORDER_STILL_PAYABLE',
  ORDER_NOT_REGENERABLE = 'ORDER_NOT_REGENERABLE',
  ORDER_BUSY = 'ORDER_BUSY',
  TRIP_UNAVAILABLE = 'TRIP_UNAVAILABLE',
  PRICE_OR_SCHEDULE_CHANGED = 'PRICE_OR_SCHEDULE_CHANGED',
  BOOKING_DATA_REJECTED = 'BOOKING_DATA_REJECTED',
  AIRLINE_FAILED = 'AIRLINE_FAILED',
  DUPLICATE_BOOKING = 'DUPLICATE_BOOKING',
  ACCOUNT_NOT_READY = 'ACCOUNT_NOT_READY',
  ATLAS_UNAVAILABLE = 'ATLAS_UNAVAILABLE',
  OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN',
  PROTECTION_UNAVAILABLE = 'PROTECTION_UNAVAILABLE',
  UNRECOGNIZED = 'UNRECOGNIZED',
}

const F = RegenerateFailureCode;

function each(codes: number[], failure: RegenerateFailureCode): [number, RegenerateFailureCode][] {
  return codes.map((code) => [code, failure]);
}

/**
 * regenerateOrder.do answers with order.do's statuses (errors.md §4), grouped by what the caller
 * can do: the same step helps every code in a group. 314 is the legacy "original is paid".
 */
export const REGENERATE_STATUS_CODES: ReadonlyMap<number, RegenerateFailureCode> = new Map([
  ...each([301, 302, 303, 305, 312, 313, 315, 320, 328], F.TRIP_UNAVAILABLE),
  ...each([306, 308, 319, 322], F.PRICE_OR_SCHEDULE_CHANGED),
  ...each([307, 309, 310, 321, 323, 325, 327, 407, 408, 409, 410, 6051], F.BOOKING_DATA_REJECTED),
  ...each([304, 316, 317, 324], F.AIRLINE_FAILED),
  ...each([326, 329], F.ACCOUNT_NOT_READY),
  [314, F.ORDER_NOT_REGENERABLE],
  [318, F.DUPLICATE_BOOKING],
  [330, F.ORDER_BUSY],
]);

export type RegenerateOutcome =
  | {
      kind: 'regenerated';
      originalOrderNo: string;
      order: Order;
      /** Why the original failed, when it was a ticketing failure: it shapes how to pay now. */
      originalFailureCode: string | null;
    }
  | {
      kind: 'failed';
      orderNo: string;
      code: RegenerateFailureCode;
      /** Raw regenerateOrder.do status; null when the gateway decided without calling it. */
      atlasStatus: number | null;
      atlasMessage: string | null;
      duplicateOrders: string[];
    };
