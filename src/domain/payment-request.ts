import { PaymentMethod } from './order';

export interface BillingAddress {
  country: string | null;
  province: string | null;
  city: string | null;
  postCode: string | null;
  address: string | null;
}

/** Validated card data. Lives only for the duration of one payOrder call; never stored or logged. */
export interface CardDetails {
  number: string;
  cvv: string | null;
  expiryMonth: string;
  expiryYear: string;
  holderFirstName: string;
  holderLastName: string;
  billing: BillingAddress;
  reusable: boolean | null;
  paymentLimit: number | null;
  threeDSIp: string | null;
}

export interface PaymentRequest {
  orderNo: string;
  method: PaymentMethod;
  card: CardDetails | null;
  clientOrderNo: string | null;
  requestSource: string | null;
  /** Names the request for replay; not part of what is paid, so not part of its fingerprint. */
  idempotencyKey: string | null;
}
