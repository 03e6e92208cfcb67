import { Field, ID, InputType, Int } from 'type-graphql';
import { Locale, PaymentMethod } from './enums';

@InputType('BillingAddressInput', {
  description: 'Some airlines require parts of it for VCC (payment.md §6).',
})
export class BillingAddressInput {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Two-letter state or province code, e.g. CA.',
  })
  province?: string | null;

  @Field(() => String, { description: 'City.', nullable: true })
  city?: string | null;

  @Field(() => String, { description: 'Postal code.', nullable: true })
  postCode?: string | null;

  @Field(() => String, { description: 'Street address.', nullable: true })
  address?: string | null;
}

@InputType('CardInput', {
  description: 'Card data for VCC and MOR. Never stored, logged or echoed.',
})
export class CardInput {
  @Field(() => String, { description: 'Digits; spaces and hyphens are ignored.' })
  number!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required for VCC, and for MOR unless the card is reusable and used before.',
  })
  cvv?: string | null;

  @Field(() => String, { description: 'Two digits, 01 to 12.' })
  expiryMonth!: string;

  @Field(() => String, { description: 'Two or four digits.' })
  expiryYear!: string;

  @Field(() => String, { description: 'Card holder’s first name, as on the card.' })
  holderFirstName!: string;

  @Field(() => String, { description: 'Card holder’s last name, as on the card.' })
  holderLastName!: string;

  @Field(() => BillingAddressInput, {
    description: 'Required by some airlines for VCC.',
    nullable: true,
  })
  billingAddress?: BillingAddressInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for a multi-use card; Atlas is more careful retrying those.',
  })
  reusable?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Highest acceptable charge, in the airline currency.',
  })
  paymentLimit?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "MOR only: the traveller's device IP for 3-D Secure.",
  })
  threeDSIp?: string | null;
}

@InputType('PayOrderInput', {
  description: 'What payOrder needs: the order, the method and, for VCC and MOR, the card.',
})
export class PayOrderInput {
  @Field(() => ID, { description: 'The order to pay.' })
  orderNo!: string;

  @Field(() => PaymentMethod, { description: 'One of the order’s supportedPaymentMethods.' })
  paymentMethod!: PaymentMethod;

  @Field(() => CardInput, {
    nullable: true,
    description: 'Required for VCC and MOR; refused otherwise.',
  })
  card?: CardInput | null;

  @Field(() => String, { nullable: true, description: 'Your own order number, passed to Atlas.' })
  clientOrderNo?: string | null;

  @Field(() => String, { nullable: true, description: 'Traffic channel tag, passed to Atlas.' })
  requestSource?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes payOrder safe to resend: the same key with the same request replays the first result without paying again; the same key with a different request is refused (IdempotencyKeyReused). 1 to 255 characters, scoped to the calling partner, kept at least 24 hours.',
  })
  idempotencyKey?: string | null;

  @Field(() => Locale, {
    nullable: true,
    description: 'Guidance language; defaults to Accept-Language.',
  })
  locale?: Locale | null;
}
