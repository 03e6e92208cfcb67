/** Every way a payOrder can fail, named for what happened. Stable: UIs and partners switch on it. */
export enum PaymentFailureCode {
  INVALID_REQUEST = 'INVALID_REQUEST',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  ORDER_NOT_PAYABLE = 'ORDER_NOT_PAYABLE',
  PAYMENT_METHOD_NOT_SUPPORTED = 'PAYMENT_METHOD_NOT_SUPPORTED',
  ORDER_ALREADY_PAID = 'ORDER_ALREADY_PAID',
  PAYMENT_IN_PROGRESS = 'PAYMENT_IN_PROGRESS',
  PASSENGER_DATA_INVALID = 'PASSENGER_DATA_INVALID',
  UNACCOMPANIED_MINOR = 'UNACCOMPANIED_MINOR',
  BAGGAGE_SEGMENT_MISMATCH = 'BAGGAGE_SEGMENT_MISMATCH',
  CONTACT_INFO_INVALID = 'CONTACT_INFO_INVALID',
  PAYMENT_GATEWAY_ERROR = 'PAYMENT_GATEWAY_ERROR',
  NO_PAYMENT_METHOD_AVAILABLE = 'NO_PAYMENT_METHOD_AVAILABLE',
  CARD_BRAND_NOT_SUPPORTED = 'CARD_BRAND_NOT_SUPPORTED',
  CARD_BRAND_MISMATCH = 'CARD_BRAND_MISMATCH',
  ORDER_NOT_CONFIRMED = 'ORDER_NOT_CONFIRMED',
  ORDER_NOT_FOUND = 'ORDER_NOT_FOUND',
  AIRLINE_PNR_PENDING = 'AIRLINE_PNR_PENDING',
  ATLAS_UNAVAILABLE = 'ATLAS_UNAVAILABLE',
  OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN',
  PAYMENT_STILL_SETTLING = 'PAYMENT_STILL_SETTLING',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  PAYMENT_PROTECTION_UNAVAILABLE = 'PAYMENT_PROTECTION_UNAVAILABLE',
  UNRECOGNIZED = 'UNRECOGNIZED',
}

/**
 * `pay.do` statuses with a documented meaning (payment.md §5, errors.md §1). 615 is not in the
 * pay.do enum, but Atlas's own CLI maps it as a pay.do result, so we recognise it rather than
 * calling it unknown. 100 and 901 say our request was malformed, which is an invalid request.
 */
export const PAY_STATUS_CODES: ReadonlyMap<number, PaymentFailureCode> = new Map([
  [100, PaymentFailureCode.INVALID_REQUEST],
  [400, PaymentFailureCode.INVALID_REQUEST],
  [401, PaymentFailureCode.DEADLINE_PASSED],
  [402, PaymentFailureCode.ORDER_NOT_PAYABLE],
  [403, PaymentFailureCode.PAYMENT_METHOD_NOT_SUPPORTED],
  [404, PaymentFailureCode.ORDER_ALREADY_PAID],
  [406, PaymentFailureCode.PAYMENT_IN_PROGRESS],
  [407, PaymentFailureCode.PASSENGER_DATA_INVALID],
  [408, PaymentFailureCode.UNACCOMPANIED_MINOR],
  [409, PaymentFailureCode.BAGGAGE_SEGMENT_MISMATCH],
  [410, PaymentFailureCode.CONTACT_INFO_INVALID],
  [411, PaymentFailureCode.PAYMENT_GATEWAY_ERROR],
  [412, PaymentFailureCode.NO_PAYMENT_METHOD_AVAILABLE],
  [413, PaymentFailureCode.CARD_BRAND_NOT_SUPPORTED],
  [414, PaymentFailureCode.CARD_BRAND_MISMATCH],
  [415, PaymentFailureCode.ORDER_NOT_CONFIRMED],
  [615, PaymentFailureCode.AIRLINE_PNR_PENDING],
  [901, PaymentFailureCode.INVALID_REQUEST],
  // Generic Atlas system errors: the payment may have started, so the truth must be queried.
  [-1, PaymentFailureCode.OUTCOME_UNKNOWN],
  [9999, PaymentFailureCode.OUTCOME_UNKNOWN],
]);
