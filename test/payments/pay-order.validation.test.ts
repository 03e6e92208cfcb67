import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PaymentMethod } from '../../src/domain/order';
import { validatePayOrder } from '../../src/payments/pay-order.validation';

const NOW = new Date('2026-11-22T00:00:00Z');
const card = {
  number: '4532 0151 1283 0366',
  cvv: '123',
  expiryMonth: '11',
  expiryYear: '26',
  holderFirstName: 'Jane',
  holderLastName: 'Doe',
};

describe('payOrder input rules', () => {
  it('accepts a VCC card in the month it expires, normalising number, year and country', () => {
    const result = validatePayOrder(
      {
        orderNo: 'TESTA1',
        paymentMethod: PaymentMethod.VCC,
        card: { ...card, billingAddress: { country: 'us', province: 'ca' } },
      },
      NOW,
    );
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(result.request.card?.number, '4532015112830366');
    assert.equal(result.request.card?.expiryYear, '2026');
    assert.equal(result.request.card?.billing.country, 'US');
    assert.equal(result.request.card?.billing.province, 'CA');
  });

  const rejected: [string, Record<string, unknown>, PaymentMethod, string][] = [
    ['an order number with punctuation', { orderNo: 'TEST-1' }, PaymentMethod.DEPOSIT, 'orderNo'],
    [
      'a card number of a brand nobody issues',
      { card: { ...card, number: '9999999999999995' } },
      PaymentMethod.VCC,
      'card.number',
    ],
    ['a CVV of five digits', { card: { ...card, cvv: '12345' } }, PaymentMethod.VCC, 'card.cvv'],
    [
      'an expiry year of three digits',
      { card: { ...card, expiryYear: '202' } },
      PaymentMethod.VCC,
      'card.expiryYear',
    ],
    [
      'a card that expired last month',
      { card: { ...card, expiryMonth: '10' } },
      PaymentMethod.VCC,
      'card.expiryMonth',
    ],
    [
      'a holder name with digits',
      { card: { ...card, holderFirstName: 'J4ne' } },
      PaymentMethod.VCC,
      'card.holderFirstName',
    ],
    [
      'a country that is not ISO 3166-1',
      { card: { ...card, billingAddress: { country: 'UK' } } },
      PaymentMethod.VCC,
      'card.billingAddress.country',
    ],
    [
      'a province spelled out',
      { card: { ...card, billingAddress: { province: 'California' } } },
      PaymentMethod.VCC,
      'card.billingAddress.province',
    ],
    [
      'a malformed 3DS address on MoR',
      { card: { ...card, threeDSIp: '300.1.1.1' } },
      PaymentMethod.MOR,
      'card.threeDSIp',
    ],
    [
      'MoR without CVV on a card not declared reusable',
      { card: { ...card, cvv: null } },
      PaymentMethod.MOR,
      'card.cvv',
    ],
    ['a card with BYOA', { card }, PaymentMethod.BYOA, 'card'],
    [
      'a non-positive payment limit',
      { card: { ...card, paymentLimit: 0 } },
      PaymentMethod.VCC,
      'card.paymentLimit',
    ],
  ];
  for (const [what, overrides, method, field] of rejected) {
    it(`rejects ${what} on ${field}`, () => {
      const result = validatePayOrder(
        { orderNo: 'TESTA1', paymentMethod: method, ...overrides },
        NOW,
      );
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.deepEqual(
        result.issues.map((issue) => issue.field),
        [field],
      );
    });
  }

  it('lets MoR omit the CVV for a reusable card', () => {
    const result = validatePayOrder(
      {
        orderNo: 'TESTA1',
        paymentMethod: PaymentMethod.MOR,
        card: { ...card, cvv: null, reusable: true },
      },
      NOW,
    );
    assert.equal(result.ok, true);
  });
});
