import { PaymentMethod } from '../domain/order';

/** payOrder's input as the edge received it: shaped, but not yet validated. */
export interface PayOrderCommand {
  orderNo: string;
  paymentMethod: PaymentMethod;
  card?: CardCommand | null;
  clientOrderNo?: string | null;
  requestSource?: string | null;
  idempotencyKey?: string | null;
}

export interface CardCommand {
  number: string;
  cvv?: string | null;
  expiryMonth: string;
  expiryYear: string;
  holderFirstName: string;
  holderLastName: string;
  billingAddress?: BillingAddressCommand | null;
  reusable?: boolean | null;
  paymentLimit?: number | null;
  threeDSIp?: string | null;
}

export interface BillingAddressCommand {
  country?: string | null;
  province?: string | null;
  city?: string | null;
  postCode?: string | null;
  address?: string | null;
}
