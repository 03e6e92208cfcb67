/** Sandbox test cards published by Atlas (payment.md §8). */
export const VISA_VCC = '4532015112830366';
export const MASTERCARD = '5555555555554444';
export const AMEX = '378282246310005';
export const MOR_VISA = '4054695723100768';

export function card(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    number: VISA_VCC,
    cvv: '123',
    expiryMonth: '12',
    expiryYear: '2030',
    holderFirstName: 'JANE',
    holderLastName: 'DOE',
    ...overrides,
  };
}
