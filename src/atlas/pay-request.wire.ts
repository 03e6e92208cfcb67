import { PaymentMethod } from '../domain/order';
import { PAYMENT_METHOD_CODES } from '../domain/payment-method.codes';
import { CardDetails, PaymentRequest } from '../domain/payment-request';

function creditCard(card: CardDetails) {
  return {
    cardNumber: card.number,
    cardCVV: card.cvv,
    cardExpireMonth: card.expiryMonth,
    // The schema asks for two digits ("26"); samples send four. We follow the schema.
    cardExpireYear: card.expiryYear.slice(-2),
    cardHolderFirstName: card.holderFirstName,
    cardHolderLastName: card.holderLastName,
    cardHolderCountry: card.billing.country,
    cardHolderProvince: card.billing.province,
    cardHolderCity: card.billing.city,
    cardHolderPostCode: card.billing.postCode,
    cardHolderAddress: card.billing.address,
    reusable: card.reusable,
    paymentLimit: card.paymentLimit,
    threeDS: card.threeDSIp ? { ip: card.threeDSIp } : null,
  };
}

/** The pay.do body. Built per call and handed to the transport; never logged. */
export function payRequestBody(request: PaymentRequest): Record<string, unknown> {
  return {
    orderNo: request.orderNo,
    paymentMethod: PAYMENT_METHOD_CODES[request.method],
    ...(request.card ? { creditCard: creditCard(request.card) } : {}),
    clientOrderNo: request.clientOrderNo,
    requestSource: request.requestSource,
    // The payment guides ask VCC callers to send this flag with method 3 (README discrepancy 4).
    ...(request.method === PaymentMethod.VCC ? { supportCreditTransPayment: '1' } : {}),
  };
}
