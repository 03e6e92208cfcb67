import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PaymentMethod } from '../../src/domain/order';
import { createPaymentFingerprinter } from '../../src/payments/payment-fingerprint';
import { PaymentRequest } from '../../src/domain/payment-request';
import { VISA_VCC } from '../support/cards';

const request = (
  overrides: Partial<PaymentRequest['card']> = {},
  key: string | null = 'k1',
): PaymentRequest => ({
  orderNo: 'O1',
  method: PaymentMethod.VCC,
  clientOrderNo: null,
  requestSource: null,
  idempotencyKey: key,
  card: {
    number: VISA_VCC,
    cvv: '123',
    expiryMonth: '12',
    expiryYear: '2030',
    holderFirstName: 'JANE',
    holderLastName: 'DOE',
    billing: { country: null, province: null, city: null, postCode: null, address: null },
    reusable: null,
    paymentLimit: null,
    threeDSIp: null,
    ...overrides,
  },
});

describe('payment fingerprints', () => {
  const fingerprinter = createPaymentFingerprinter('secret-a-0123456789abcdef0123456789');

  it('are equal for the same request whatever its idempotency key', () => {
    assert.equal(
      fingerprinter.request(request({}, 'k1')),
      fingerprinter.request(request({}, 'k2')),
    );
  });

  it('differ when the card, its CVV or its expiry differ', () => {
    const base = fingerprinter.request(request());
    assert.notEqual(fingerprinter.request(request({ number: '5555555555554444' })), base);
    assert.notEqual(fingerprinter.request(request({ cvv: '124' })), base);
    assert.notEqual(fingerprinter.request(request({ expiryYear: '2031' })), base);
  });

  it('hold no card number, CVV or key in clear, and depend on the secret', () => {
    const print = fingerprinter.request(request());
    const key = fingerprinter.idempotencyKey('partner-a', 'order-42-attempt-1');
    for (const value of [print, key]) {
      assert.doesNotMatch(value, new RegExp(`${VISA_VCC}|0366|order-42`));
      assert.match(value, /^[A-Za-z0-9_-]{43}$/);
    }
    const other = createPaymentFingerprinter('secret-b-0123456789abcdef0123456789');
    assert.notEqual(other.request(request()), print);
  });

  it('scope idempotency keys per caller', () => {
    assert.notEqual(
      fingerprinter.idempotencyKey('partner-a', 'k1'),
      fingerprinter.idempotencyKey('partner-b', 'k1'),
    );
  });
});
