import { PaymentMethod } from './order';

/** Atlas's `paymentMethod` integers (payment.md §2). */
export const PAYMENT_METHOD_CODES: Readonly<Record<PaymentMethod, number>> = {
  [PaymentMethod.DEPOSIT]: 1,
  [PaymentMethod.VCC]: 3,
  [PaymentMethod.BYOA]: 4,
  [PaymentMethod.MOR]: 5,
};

const METHODS_BY_CODE: ReadonlyMap<number, PaymentMethod> = new Map(
  Object.entries(PAYMENT_METHOD_CODES).map(([method, code]) => [code, method as PaymentMethod]),
);

export function paymentMethodFromCode(code: number): PaymentMethod | null {
  return METHODS_BY_CODE.get(code) ?? null;
}
