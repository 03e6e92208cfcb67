import { PaymentMethod } from './order';

/** Atlas's `paymentMethod` integers (payment.md §2). */
export const PAYMENT_METHOD_CODES: Readonly<Record<PaymentMethod, number>> = {
  [PaymentMethod.DEPOSIT]: 1,
  [PaymentMethod.VCC]: 3,
  [PaymentMethod.BYOA]: 4,
  [PaymentMethod.MOR]: 5,
};

export function paymentMethodFromCode(code: number): PaymentMethod | null {
  const match = Object.entries(PAYMENT_METHOD_CODES).find(([, value]) => value === code);
  return match ? (match[0] as PaymentMethod) : null;
}
