import { createKeyedHash } from '../domain/keyed-hash';
import { PaymentRequest } from '../domain/payment-request';

/**
 * Keyed hashes (HMAC-SHA256) for the double-payment guard. A plain hash of a card number can be
 * reversed by trying every number of a BIN, so records only ever hold values keyed with a secret.
 */
export interface PaymentFingerprinter {
  /** Everything that is paid and how; the idempotency key and presentation (locale) excluded. */
  request(request: PaymentRequest): string;
  /** Where a caller's key lives in the store: the raw key and caller never reach it. */
  idempotencyKey(caller: string, key: string): string;
}

export function createPaymentFingerprinter(hashKey: string): PaymentFingerprinter {
  const hmac = createKeyedHash(hashKey);
  return {
    request(request) {
      const card = request.card && [
        request.card.number,
        request.card.cvv,
        request.card.expiryMonth,
        request.card.expiryYear,
        request.card.holderFirstName,
        request.card.holderLastName,
        request.card.billing.country,
        request.card.billing.province,
        request.card.billing.city,
        request.card.billing.postCode,
        request.card.billing.address,
        request.card.reusable,
        request.card.paymentLimit,
        request.card.threeDSIp,
      ];
      return hmac('payment-request', [
        request.orderNo,
        request.method,
        card,
        request.clientOrderNo,
        request.requestSource,
      ]);
    },
    idempotencyKey(caller, key) {
      return hmac('idempotency-key', [caller, key]);
    },
  };
}
