import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payRequestBody } from '../../src/atlas/pay-request.wire';
import { PaymentMethod } from '../../src/domain/order';
import { CardDetails } from '../../src/domain/payment-request';

const card: CardDetails = {
  number: '4532015112830366',
  cvv: '123',
  expiryMonth: '07',
  expiryYear: '2031',
  holderFirstName: 'JANE',
  holderLastName: 'DOE',
  billing: { country: 'US', province: 'CA', city: null, postCode: null, address: null },
  reusable: null,
  paymentLimit: null,
  threeDSIp: '203.0.113.7',
};
const base = {
  orderNo: 'TESTA20261122115630880',
  clientOrderNo: null,
  requestSource: null,
  idempotencyKey: null,
};

/** The pay.do body as payment.md §3 documents it; the simulator accepts variants, so it is checked here. */
describe('pay.do request body', () => {
  it('sends VCC as method 3 with supportCreditTransPayment "1", as the payment guides ask', () => {
    const body = payRequestBody({ ...base, method: PaymentMethod.VCC, card });
    assert.equal(body.paymentMethod, 3);
    assert.equal(body.supportCreditTransPayment, '1');
  });

  it('sends the card with a two-digit expiry year, as the schema asks, and threeDS as {ip}', () => {
    const body = payRequestBody({ ...base, method: PaymentMethod.MOR, card });
    const creditCard = body.creditCard as Record<string, unknown>;
    assert.equal(body.paymentMethod, 5);
    assert.equal(creditCard.cardExpireYear, '31');
    assert.equal(creditCard.cardExpireMonth, '07');
    assert.equal(creditCard.cardHolderCountry, 'US');
    assert.deepEqual(creditCard.threeDS, { ip: '203.0.113.7' });
    assert.equal('supportCreditTransPayment' in body, false);
  });

  it('sends a deposit payment without creditCard or the VCC flag', () => {
    const body = payRequestBody({ ...base, method: PaymentMethod.DEPOSIT, card: null });
    assert.deepEqual(Object.keys(body).sort(), [
      'clientOrderNo',
      'orderNo',
      'paymentMethod',
      'requestSource',
    ]);
    assert.equal(body.paymentMethod, 1);
  });
});
