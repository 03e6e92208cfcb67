import { Order, OrderStatus, PaymentMethod } from '../domain/order';
import { PaymentFailureCode } from './payment-failure-code';

/**
 * Atlas recommends checking the order before paying (payment.md §1). When the order alone makes
 * the outcome certain, we answer as Atlas would without calling pay.do. The 402/404 split follows
 * the simulator's reading of the docs: a ticketing order is "already paid" (404), a ticketed or
 * cancelled one "not payable" (402).
 */
export function precheckFailure(
  order: Order,
  method: PaymentMethod,
  now: Date,
): PaymentFailureCode | null {
  switch (order.status) {
    case OrderStatus.TICKETING:
      return PaymentFailureCode.ORDER_ALREADY_PAID;
    case OrderStatus.TICKETED:
    case OrderStatus.CANCELLED:
      return PaymentFailureCode.ORDER_NOT_PAYABLE;
    case OrderStatus.UNPAID:
      break;
  }
  if (order.paymentDeadline && now.getTime() >= order.paymentDeadline.getTime()) {
    return PaymentFailureCode.DEADLINE_PASSED;
  }
  if (order.supportedPaymentMethods.length === 0)
    return PaymentFailureCode.NO_PAYMENT_METHOD_AVAILABLE;
  if (!order.supportedPaymentMethods.includes(method)) {
    return PaymentFailureCode.PAYMENT_METHOD_NOT_SUPPORTED;
  }
  return null;
}
