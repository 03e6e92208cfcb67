import { AtlasClient, CreateOrderAnswer } from '../atlas/atlas.client';
import { AtlasTransportError } from '../atlas/atlas.errors';
import { BookingRequest } from '../domain/booking-request';
import { Clock } from '../domain/clock';
import { createKeyedHash } from '../domain/keyed-hash';
import { OrderAccess } from '../domain/order-access';
import { FieldIssue } from '../domain/field-issue';
import { BookingRequests, BookingRequestState } from '../ledger/booking-requests';
import { LedgerUnavailableError } from '../ledger/ledger.errors';
import { Logger } from '../logging/logger';
import { OrderLockStore } from '../safety/order-lock.store';
import { SafetyStoreUnavailableError } from '../safety/safety-store.errors';
import { CREATE_ORDER_STATUS_CODES, CreateOrderFailureCode } from './booking-failure-codes';
import { CreateOrderOutcome } from './booking-outcomes';
import { CreateOrderCommand, parseCreateOrder } from './create-order.validation';
import { fareIssues } from './fare-requirements';
import { BookingTokens } from './booking-token';
import { BookingTokenInvalidError } from './booking.errors';
import {
  decodeCreateOutcome,
  encodeCreateOutcome,
  isReplayable,
} from './create-order-outcome.codec';

export interface CreateOrderDeps {
  atlas: Pick<AtlasClient, 'createOrder'>;
  clock: Clock;
  tokens: BookingTokens;
  bookings: BookingRequests;
  /** Shared with payments: one createOrder per idempotency key at a time, across replicas. */
  locks: Pick<OrderLockStore, 'acquire' | 'release'>;
  lockTtlMs: number;
  recordTtlMs: number;
  hashKey: string;
}

export interface CreateOrderScope {
  partnerId: string;
  access: OrderAccess;
  log: Logger;
}

export type CreateOrder = (
  command: CreateOrderCommand,
  scope: CreateOrderScope,
) => Promise<CreateOrderOutcome>;

function failed(
  code: CreateOrderFailureCode,
  more: Partial<{
    issues: FieldIssue[];
    atlasStatus: number;
    atlasMessage: string | null;
    duplicateOrders: string[];
  }> = {},
): CreateOrderOutcome {
  return {
    kind: 'failed',
    code,
    issues: more.issues ?? [],
    duplicateOrders: more.duplicateOrders ?? [],
    atlasStatus: more.atlasStatus ?? null,
    atlasMessage: more.atlasMessage ?? null,
  };
}

/**
 * Checked input → the caller's bookingToken → the fare's own requirements → (with a key) the
 * key's lock and record → order.do once → the order belongs to the caller. Booking twice is as
 * real as paying twice: a key replays its booking, and order.do's 318 duplicate check is only
 * the last line. A lost answer is never resent on its own; the same key sent again resends it,
 * and if the first booking landed Atlas's 318 names it.
 */
export function createCreateOrder(deps: CreateOrderDeps): CreateOrder {
  const hmac = createKeyedHash(deps.hashKey);

  async function visibleDuplicates(
    orderNos: string[],
    access: OrderAccess,
    afterLostAnswer: boolean,
  ) {
    // After a lost answer the booking that landed is the caller's, but nobody has claimed it yet;
    // an order another partner made is claimed already, so claiming changes nothing for it.
    if (afterLostAnswer) await Promise.all(orderNos.map((orderNo) => access.claim(orderNo)));
    const mine = await Promise.all(orderNos.map((orderNo) => access.mayUse(orderNo)));
    return orderNos.filter((_, i) => mine[i]);
  }

  async function send(
    request: BookingRequest,
    scope: CreateOrderScope,
    clientOrderNo: string | null,
    afterLostAnswer: boolean,
  ): Promise<CreateOrderOutcome> {
    const { log, access } = scope;
    let answer: CreateOrderAnswer;
    try {
      answer = await deps.atlas.createOrder(request, log);
    } catch (error) {
      if (!(error instanceof AtlasTransportError)) throw error;
      log.error({ clientOrderNo, err: error.message }, 'order.do answer lost; a booking may exist');
      return failed(CreateOrderFailureCode.OUTCOME_UNKNOWN);
    }
    if (answer.kind === 'refused') {
      const code =
        CREATE_ORDER_STATUS_CODES.get(answer.atlasStatus) ?? CreateOrderFailureCode.UNRECOGNIZED;
      log.info({ clientOrderNo, atlasStatus: answer.atlasStatus }, 'order.do refused the booking');
      return failed(code, {
        atlasStatus: answer.atlasStatus,
        atlasMessage: answer.atlasMessage,
        duplicateOrders:
          code === CreateOrderFailureCode.DUPLICATE_BOOKING
            ? await visibleDuplicates(answer.duplicateOrders, access, afterLostAnswer)
            : [],
      });
    }
    const { order } = answer;
    log.info(
      { orderNo: order.orderNo, clientOrderNo, passengers: request.passengers.length },
      'order booked',
    );
    // The booking exists at Atlas either way; the caller must hear of it even if this fails.
    await access.claim(order.orderNo).catch((error: Error) => {
      log.error(
        { orderNo: order.orderNo, err: error.message },
        'booked order not recorded as the caller’s',
      );
    });
    return { kind: 'created', order, replayed: false };
  }

  async function keyed(
    request: BookingRequest,
    key: string,
    clientOrderNo: string | null,
    scope: CreateOrderScope,
  ): Promise<CreateOrderOutcome> {
    const keyHash = hmac('booking-key', [scope.partnerId, key]);
    const fingerprint = hmac('booking-request', [request, clientOrderNo]);
    const lease = await deps.locks.acquire(`booking:${keyHash}`, deps.lockTtlMs);
    if (!lease) return failed(CreateOrderFailureCode.BOOKING_IN_PROGRESS);
    try {
      const now = deps.clock.now();
      const record = await deps.bookings.find(keyHash, now);
      if (record && record.fingerprint !== fingerprint) {
        return failed(CreateOrderFailureCode.IDEMPOTENCY_KEY_REUSED);
      }
      if (record?.state === BookingRequestState.SETTLED && record.outcome) {
        scope.log.info({ clientOrderNo }, 'replayed an idempotent createOrder result');
        return decodeCreateOutcome(record.outcome);
      }
      const afterLostAnswer = record !== null && record.state !== BookingRequestState.SETTLED;
      await deps.bookings.begin(
        {
          keyHash,
          partnerId: scope.partnerId,
          fingerprint,
          expiresAt: new Date(now.getTime() + deps.recordTtlMs),
        },
        now,
      );
      const outcome = await send(request, scope, clientOrderNo, afterLostAnswer);
      const lost =
        outcome.kind === 'failed' && outcome.code === CreateOrderFailureCode.OUTCOME_UNKNOWN;
      await deps.bookings
        .settle(keyHash, {
          state: lost ? BookingRequestState.UNKNOWN : BookingRequestState.SETTLED,
          // A retryable refusal is not replayed: the same call may succeed once resent.
          outcome: isReplayable(outcome) ? encodeCreateOutcome(outcome) : null,
          orderNo: outcome.kind === 'created' ? outcome.order.orderNo : null,
        })
        .catch((error: Error) => {
          scope.log.error(
            { err: error.message },
            'could not record the order.do answer; the key resends',
          );
        });
      return outcome;
    } finally {
      await deps.locks.release(lease).catch((error: Error) => {
        scope.log.warn({ err: error.message }, 'could not release the booking lock');
      });
    }
  }

  return async (command, scope) => {
    const now = deps.clock.now();
    const parsed = parseCreateOrder(command, now);
    if (!parsed.ok)
      return failed(CreateOrderFailureCode.PASSENGER_DATA_REJECTED, { issues: parsed.issues });
    const input = parsed.value;
    const check = await deps.tokens.check(input.bookingToken, scope.partnerId, now);
    if (check.kind === 'invalid') throw new BookingTokenInvalidError();
    if (check.kind === 'expired') return failed(CreateOrderFailureCode.BOOKING_TOKEN_EXPIRED);
    const issues = fareIssues(input, check.ticket);
    if (issues.length > 0)
      return failed(CreateOrderFailureCode.PASSENGER_DATA_REJECTED, { issues });
    const request: BookingRequest = {
      sessionId: check.ticket.sessionId,
      passengers: input.passengers,
      contact: input.contact,
      cardBrand: input.cardBrand,
      requestSource: input.requestSource,
    };
    try {
      if (!input.idempotencyKey) return await send(request, scope, input.clientOrderNo, false);
      return await keyed(request, input.idempotencyKey, input.clientOrderNo, scope);
    } catch (error) {
      if (!(
        error instanceof SafetyStoreUnavailableError || error instanceof LedgerUnavailableError
      ))
        throw error;
      scope.log.error({ err: error.message }, 'refusing to book without protection');
      return failed(CreateOrderFailureCode.PROTECTION_UNAVAILABLE);
    }
  };
}
