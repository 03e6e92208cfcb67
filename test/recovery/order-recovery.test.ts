import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Order, OrderStatus, PaymentMethod } from '../../src/domain/order';
import { recoveryOf, RecoveryPath } from '../../src/recovery/order-recovery';

const NOW = new Date('2026-11-22T10:00:00Z');
const LATER = new Date('2026-11-22T10:20:00Z');
const EARLIER = new Date('2026-11-22T09:59:00Z');

function order(overrides: Partial<Order> = {}): Order {
  return {
    orderNo: 'TESTA20261122180000000',
    pnrCode: 'MDQZ7U',
    status: OrderStatus.UNPAID,
    atlasOrderStatus: '0',
    ticketIssued: false,
    paymentDeadline: LATER,
    totalPrice: { amount: 300.35, currency: 'USD' },
    totalTransactionFee: { amount: 2, currency: 'USD' },
    vendorTotalPrice: null,
    supportedPaymentMethods: [PaymentMethod.VCC, PaymentMethod.DEPOSIT],
    paymentMethod: null,
    airlineCodes: ['5J'],
    passengers: [],
    ticketingFailure: null,
    itinerary: [],
    priceBreakdown: [],
    ...overrides,
  };
}

const cancelled = (code: string | null, paymentMethod = PaymentMethod.VCC): Partial<Order> => ({
  status: OrderStatus.CANCELLED,
  atlasOrderStatus: '-3',
  paymentMethod,
  ticketingFailure: code ? { code, atlasMessage: null, airlineMessage: null } : null,
});

describe('Order.recovery from state and failure code', () => {
  const cases: {
    name: string;
    order: Partial<Order>;
    path: RecoveryPath;
    actions: string[];
    flags?: Partial<
      Record<
        'canPayAsIs' | 'mustConfirmFirst' | 'mustRegenerate' | 'payingAgainWouldBeWrong',
        boolean
      >
    >;
    methods?: PaymentMethod[];
  }[] = [
    {
      name: 'an unpaid order inside its deadline can be paid as is',
      order: {},
      path: RecoveryPath.PAY,
      actions: ['PAY_ORDER'],
      flags: { canPayAsIs: true },
      methods: [PaymentMethod.VCC, PaymentMethod.DEPOSIT],
    },
    {
      name: 'an unpaid Ryanair order must be confirmed first',
      order: { airlineCodes: ['FR'] },
      path: RecoveryPath.CONFIRM_THEN_PAY,
      actions: ['CONFIRM_ORDER', 'PAY_ORDER'],
      flags: { mustConfirmFirst: true, canPayAsIs: false },
    },
    {
      name: 'an unpaid order past its deadline must be regenerated',
      order: { paymentDeadline: EARLIER },
      path: RecoveryPath.REGENERATE_THEN_PAY,
      actions: ['REGENERATE_ORDER', 'PAY_ORDER'],
      flags: { mustRegenerate: true, canPayAsIs: false },
    },
    {
      name: 'an expired Ryanair order is regenerated, then confirmed again',
      order: { paymentDeadline: EARLIER, airlineCodes: ['FR'] },
      path: RecoveryPath.REGENERATE_THEN_PAY,
      actions: ['REGENERATE_ORDER', 'PAY_ORDER'],
      flags: { mustRegenerate: true, mustConfirmFirst: true },
    },
    {
      name: 'an unpaid order without any payment method needs a new booking',
      order: { supportedPaymentMethods: [] },
      path: RecoveryPath.REBOOK,
      actions: ['REBOOK', 'CONTACT_SUPPORT'],
    },
    {
      name: 'a ticketing order must never be paid again',
      order: { status: OrderStatus.TICKETING, paymentMethod: PaymentMethod.DEPOSIT },
      path: RecoveryPath.WAIT_FOR_TICKETING,
      actions: ['WAIT_FOR_TICKETING'],
      flags: { payingAgainWouldBeWrong: true },
    },
    {
      name: 'a ticketed order has nothing left to do',
      order: { status: OrderStatus.TICKETED },
      path: RecoveryPath.NOTHING_TO_DO,
      actions: [],
      flags: { payingAgainWouldBeWrong: true },
    },
    {
      name: '615 (paid, airline reference pending) means wait, never pay again',
      order: cancelled('615'),
      path: RecoveryPath.WAIT_FOR_TICKETING,
      actions: ['WAIT_FOR_TICKETING', 'QUERY_ORDER'],
      flags: { payingAgainWouldBeWrong: true, mustRegenerate: false },
    },
    ...['604', '613', '616', '623', '633'].map((code) => ({
      name: `${code} after a card payment: regenerate, then deposit first`,
      order: cancelled(code),
      path: RecoveryPath.REGENERATE_THEN_PAY,
      actions: ['REGENERATE_ORDER', 'SWITCH_PAYMENT_METHOD', 'PAY_ORDER'],
      flags: { mustRegenerate: true, payingAgainWouldBeWrong: false },
      methods: [PaymentMethod.DEPOSIT, PaymentMethod.VCC],
    })),
    {
      name: '617 after a deposit payment: top up, regenerate, methods kept in order',
      order: cancelled('617', PaymentMethod.DEPOSIT),
      path: RecoveryPath.REGENERATE_THEN_PAY,
      actions: ['CHECK_DEPOSIT_BALANCE', 'REGENERATE_ORDER', 'PAY_ORDER'],
      methods: [PaymentMethod.VCC, PaymentMethod.DEPOSIT],
    },
    {
      name: '603 (sold out) cannot be fixed by regenerating',
      order: cancelled('603'),
      path: RecoveryPath.REBOOK,
      actions: ['REBOOK', 'CONTACT_SUPPORT'],
      flags: { mustRegenerate: false },
    },
    {
      name: 'a cancelled order without a code is regenerated',
      order: cancelled(null),
      path: RecoveryPath.REGENERATE_THEN_PAY,
      actions: ['REGENERATE_ORDER', 'PAY_ORDER'],
    },
  ];

  for (const { name, order: overrides, path, actions, flags = {}, methods } of cases) {
    it(name, () => {
      const recovery = recoveryOf(order(overrides), NOW);
      assert.equal(recovery.path, path);
      assert.deepEqual(recovery.nextActions, actions);
      for (const [flag, value] of Object.entries(flags)) {
        assert.equal(recovery[flag as keyof typeof flags], value, flag);
      }
      if (methods) assert.deepEqual(recovery.paymentMethods, methods);
    });
  }

  it('judges the deadline by the clock it is given, to the millisecond', () => {
    const deadline = new Date(NOW.getTime() + 1);
    assert.equal(recoveryOf(order({ paymentDeadline: deadline }), NOW).path, RecoveryPath.PAY);
    assert.equal(
      recoveryOf(order({ paymentDeadline: NOW }), NOW).path,
      RecoveryPath.REGENERATE_THEN_PAY,
    );
  });
});
