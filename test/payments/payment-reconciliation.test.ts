import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Order, OrderStatus, PaymentMethod } from '../../src/domain/order';
import { PaymentAttempt, PaymentAttemptState } from '../../src/domain/payment-attempt';
import { PaymentFailureCode } from '../../src/payments/payment-failure-code';
import { PaymentDecisionSource } from '../../src/payments/payment-outcome';
import {
  isReplayed,
  judgeOpenAttempt,
  landedAnswer,
} from '../../src/payments/payment-reconciliation';

const SENT = new Date('2026-12-01T10:00:00.000Z');
const SETTLE = { settleMs: 120_000 };
const at = (ms: number) => new Date(SENT.getTime() + ms);

const attempt = (overrides: Partial<PaymentAttempt> = {}): PaymentAttempt => ({
  id: 'a1',
  orderNo: 'O1',
  caller: 'partner-a',
  method: PaymentMethod.VCC,
  cardBrand: 'Visa',
  cardLast4: '0366',
  fingerprint: 'fp-first',
  idempotencyKeyHash: null,
  state: PaymentAttemptState.UNKNOWN,
  atlasStatus: null,
  outcome: '{}',
  decidedBy: 'TRANSPORT',
  requestId: null,
  createdAt: at(-5),
  sentAt: SENT,
  settledAt: at(3_000),
  ...overrides,
});

const order = (status: OrderStatus, paymentMethod: PaymentMethod | null = null): Order => ({
  orderNo: 'O1',
  pnrCode: null,
  status,
  atlasOrderStatus: '0',
  ticketIssued: false,
  paymentDeadline: null,
  totalPrice: null,
  totalTransactionFee: null,
  vendorTotalPrice: null,
  supportedPaymentMethods: [PaymentMethod.VCC],
  paymentMethod,
  airlineCodes: [],
  passengers: [],
  ticketingFailure: null,
  itinerary: [],
  priceBreakdown: [],
});

describe('judging an attempt whose pay.do answer was lost', () => {
  const cases: [string, Order | null, number, string][] = [
    ['ticketing: it landed', order(OrderStatus.TICKETING), 1_000, 'landed'],
    ['ticketed: it landed', order(OrderStatus.TICKETED), 1_000, 'landed'],
    [
      'cancelled with a method (declined after paying): it landed',
      order(OrderStatus.CANCELLED, PaymentMethod.VCC),
      1_000,
      'landed',
    ],
    ['unpaid inside the window: settling', order(OrderStatus.UNPAID), 119_999, 'settling'],
    ['unpaid at the end of the window: lapsed', order(OrderStatus.UNPAID), 120_000, 'lapsed'],
    ['cancelled unpaid after the window: lapsed', order(OrderStatus.CANCELLED), 200_000, 'lapsed'],
    ['unknown to Atlas inside the window: settling', null, 1_000, 'settling'],
    ['unknown to Atlas after the window: lapsed', null, 120_000, 'lapsed'],
  ];
  for (const [name, shown, elapsed, expected] of cases) {
    it(`answers ${expected} when the order is ${name}`, () => {
      assert.equal(judgeOpenAttempt(attempt(), shown, at(elapsed), SETTLE).kind, expected);
    });
  }

  it('counts the window from pay.do leaving, or from the record when the sender died first', () => {
    assert.deepEqual(judgeOpenAttempt(attempt(), order(OrderStatus.UNPAID), at(1), SETTLE), {
      kind: 'settling',
      settlesAt: at(120_000),
    });
    const crashed = attempt({ state: PaymentAttemptState.RECORDED, sentAt: null });
    assert.deepEqual(judgeOpenAttempt(crashed, order(OrderStatus.UNPAID), at(1), SETTLE), {
      kind: 'settling',
      settlesAt: at(119_995),
    });
  });

  it('answers PaymentAccepted by reconciliation to the same request once it landed', () => {
    assert.deepEqual(landedAnswer(attempt(), 'fp-first'), {
      kind: 'accepted',
      orderNo: 'O1',
      method: PaymentMethod.VCC,
      atlasMessage: null,
      cardLast4: '0366',
      decidedBy: PaymentDecisionSource.RECONCILIATION,
    });
  });

  it('answers OrderAlreadyPaid to a different request once it landed', () => {
    const outcome = landedAnswer(attempt(), 'fp-other');
    assert.equal(outcome.kind === 'failed' && outcome.code, PaymentFailureCode.ORDER_ALREADY_PAID);
    assert.equal(outcome.decidedBy, PaymentDecisionSource.RECONCILIATION);
  });
});

describe('what a repeated idempotency key gets back', () => {
  const replayed: Record<PaymentAttemptState, boolean> = {
    RECORDED: false,
    SENT: false,
    ACCEPTED: true,
    FAILED: true,
    UNKNOWN: false,
    NOT_SENT: false,
    RECONCILED: true,
    NOT_TAKEN: false,
  };
  for (const [state, expected] of Object.entries(replayed)) {
    it(`${expected ? 'replays' : 'works out again'} an attempt that is ${state}`, () => {
      assert.equal(isReplayed(attempt({ state: state as PaymentAttemptState })), expected);
    });
  }
});
