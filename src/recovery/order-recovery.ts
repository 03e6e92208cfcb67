import { Order, OrderStatus, PaymentMethod } from '../domain/order';
import { NextAction } from '../guidance/next-action';
import { ticketingFailureActions } from '../guidance/ticketing-failure.catalogue';
import { needsTravellerConfirmation } from './ryanair';

/** The one way forward for an order, as a UI would branch on it. */
export enum RecoveryPath {
  PAY = 'PAY',
  CONFIRM_THEN_PAY = 'CONFIRM_THEN_PAY',
  REGENERATE_THEN_PAY = 'REGENERATE_THEN_PAY',
  PAY_REPLACEMENT = 'PAY_REPLACEMENT',
  WAIT_FOR_TICKETING = 'WAIT_FOR_TICKETING',
  REBOOK = 'REBOOK',
  NOTHING_TO_DO = 'NOTHING_TO_DO',
}

export interface OrderRecovery {
  path: RecoveryPath;
  canPayAsIs: boolean;
  /** For this order when it can be paid, else for the regenerated order; best first. */
  paymentMethods: PaymentMethod[];
  mustConfirmFirst: boolean;
  mustRegenerate: boolean;
  /** Paid, or paid and waiting for the airline (615): another payment could charge twice. */
  payingAgainWouldBeWrong: boolean;
  nextActions: NextAction[];
  /** The ticketing error code behind a cancelled order's path, if any. */
  failureCode: string | null;
  /** The order regenerateOrder made from this one, when it did. */
  replacementOrderNo: string | null;
}

const CARD_METHODS = new Set([PaymentMethod.VCC, PaymentMethod.MOR]);

/** After the airline refused a card, deposit goes first: Atlas names it the fallback (payment.md §7). */
function depositFirst(methods: PaymentMethod[]): PaymentMethod[] {
  return [...methods].sort(
    (a, b) => Number(b === PaymentMethod.DEPOSIT) - Number(a === PaymentMethod.DEPOSIT),
  );
}

function recovery(
  path: RecoveryPath,
  nextActions: NextAction[],
  fields: Partial<OrderRecovery> = {},
): OrderRecovery {
  return {
    path,
    canPayAsIs: false,
    paymentMethods: [],
    mustConfirmFirst: false,
    mustRegenerate: false,
    payingAgainWouldBeWrong: false,
    nextActions,
    failureCode: null,
    replacementOrderNo: null,
    ...fields,
  };
}

function cancelledRecovery(order: Order): OrderRecovery {
  const code = order.ticketingFailure?.code ?? null;
  // A cancelled order without a code is the expired or unconfirmed case: regenerate (orders.md §3).
  const actions = code ? ticketingFailureActions(code) : [NextAction.REGENERATE_ORDER];
  if (actions.includes(NextAction.WAIT_FOR_TICKETING)) {
    return recovery(RecoveryPath.WAIT_FOR_TICKETING, actions, {
      payingAgainWouldBeWrong: true,
      failureCode: code,
    });
  }
  if (!actions.includes(NextAction.REGENERATE_ORDER)) {
    return recovery(RecoveryPath.REBOOK, actions, { failureCode: code });
  }
  const declinedCard = order.paymentMethod !== null && CARD_METHODS.has(order.paymentMethod);
  return recovery(RecoveryPath.REGENERATE_THEN_PAY, [...actions, NextAction.PAY_ORDER], {
    mustRegenerate: true,
    mustConfirmFirst: needsTravellerConfirmation(order),
    paymentMethods: declinedCard
      ? depositFirst(order.supportedPaymentMethods)
      : order.supportedPaymentMethods,
    failureCode: code,
  });
}

function unpaidRecovery(order: Order, now: Date): OrderRecovery {
  const methods = order.supportedPaymentMethods;
  if (order.paymentDeadline && now.getTime() >= order.paymentDeadline.getTime()) {
    return recovery(
      RecoveryPath.REGENERATE_THEN_PAY,
      [NextAction.REGENERATE_ORDER, NextAction.PAY_ORDER],
      {
        mustRegenerate: true,
        mustConfirmFirst: needsTravellerConfirmation(order),
        paymentMethods: methods,
      },
    );
  }
  if (methods.length === 0) {
    return recovery(RecoveryPath.REBOOK, [NextAction.REBOOK, NextAction.CONTACT_SUPPORT]);
  }
  if (needsTravellerConfirmation(order)) {
    return recovery(
      RecoveryPath.CONFIRM_THEN_PAY,
      [NextAction.CONFIRM_ORDER, NextAction.PAY_ORDER],
      { mustConfirmFirst: true, paymentMethods: methods },
    );
  }
  return recovery(RecoveryPath.PAY, [NextAction.PAY_ORDER], {
    canPayAsIs: true,
    paymentMethods: methods,
  });
}

/**
 * What a caller can do with an order now, from its state alone. Atlas does not report whether a
 * Ryanair traveller has confirmed, so an unpaid Ryanair order always says "confirm first"; payOrder
 * answers OrderNotConfirmed if the confirmation is missing.
 */
export function recoveryOf(order: Order, now: Date): OrderRecovery {
  switch (order.status) {
    case OrderStatus.UNPAID:
      return unpaidRecovery(order, now);
    case OrderStatus.TICKETING:
      return recovery(RecoveryPath.WAIT_FOR_TICKETING, [NextAction.WAIT_FOR_TICKETING], {
        payingAgainWouldBeWrong: true,
      });
    case OrderStatus.TICKETED:
      return recovery(RecoveryPath.NOTHING_TO_DO, [], { payingAgainWouldBeWrong: true });
    case OrderStatus.CANCELLED:
      return cancelledRecovery(order);
  }
}

/**
 * An order that would be regenerated, once regenerateOrder has made one from it: regenerating it
 * again would book the trip a second time, so the way forward is to pay the replacement.
 */
export function afterRegeneration(
  own: OrderRecovery,
  replacementOrderNo: string | null,
): OrderRecovery {
  if (own.path !== RecoveryPath.REGENERATE_THEN_PAY || replacementOrderNo === null) return own;
  return recovery(RecoveryPath.PAY_REPLACEMENT, [NextAction.QUERY_ORDER, NextAction.PAY_ORDER], {
    mustConfirmFirst: own.mustConfirmFirst,
    paymentMethods: own.paymentMethods,
    replacementOrderNo,
  });
}
