import { z } from 'zod';
import { detectCardBrand, passesLuhn } from '../domain/card';
import { ISO_COUNTRY_CODES } from '../domain/iso-countries';
import { PaymentMethod } from '../domain/order';
import { PayOrderCommand } from './pay-order.command';
import { FieldIssue } from '../domain/field-issue';
import { PaymentRequest } from '../domain/payment-request';

/*
 * Every message here describes the rule, never the value: card data must not come back to the
 * caller in an error, even to the caller who sent it (it ends up in browser consoles and logs).
 */

const CARD_METHODS = new Set([PaymentMethod.VCC, PaymentMethod.MOR]);

const optionalText = (max: number, pattern: RegExp, rule: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .regex(pattern, { error: rule })
    .nullish()
    .transform((value) => value || null);

const holderName = z
  .string()
  .trim()
  .min(1, { error: 'is required' })
  .max(60, { error: 'must be at most 60 characters' })
  .regex(/^[A-Za-z][A-Za-z .'-]*$/, {
    error: 'must use Latin letters, spaces, dots, hyphens or apostrophes',
  });

const billingSchema = z
  .object({
    country: optionalText(2, /^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')
      .transform((value) => value?.toUpperCase() ?? null)
      .refine((value) => value === null || ISO_COUNTRY_CODES.has(value), {
        error: 'must be an ISO 3166-1 alpha-2 country code',
      }),
    province: optionalText(
      2,
      /^[A-Za-z]{2}$/,
      'must be a two-letter state or province code',
    ).transform((value) => value?.toUpperCase() ?? null),
    city: optionalText(
      60,
      /^[\p{L}\p{M} .'-]+$/u,
      'must contain only letters, spaces, dots or hyphens',
    ),
    postCode: optionalText(
      16,
      /^[A-Za-z0-9 -]+$/,
      'must contain only letters, digits, spaces or hyphens',
    ),
    address: optionalText(120, /^[^\p{Cc}]+$/u, 'must not contain control characters'),
  })
  .nullish()
  .transform(
    (value) =>
      value ?? { country: null, province: null, city: null, postCode: null, address: null },
  );

const cardSchema = z.object({
  number: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ''))
    .pipe(
      z
        .string()
        .regex(/^\d{12,19}$/, { error: 'must be 12 to 19 digits' })
        .refine(passesLuhn, { error: 'is not a valid card number (Luhn check failed)' })
        .refine((digits) => detectCardBrand(digits) !== null, {
          error: 'is not a card of a known brand',
        }),
    ),
  cvv: z
    .string()
    .regex(/^\d{3,4}$/, { error: 'must be 3 or 4 digits' })
    .nullish()
    .transform((value) => value ?? null),
  expiryMonth: z.string().regex(/^(0[1-9]|1[0-2])$/, { error: 'must be two digits from 01 to 12' }),
  expiryYear: z
    .string()
    .regex(/^(\d{2}|\d{4})$/, { error: 'must be two or four digits' })
    .transform((year) => (year.length === 2 ? `20${year}` : year)),
  holderFirstName: holderName,
  holderLastName: holderName,
  billingAddress: billingSchema,
  reusable: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
  paymentLimit: z
    .number()
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be positive' })
    .nullish()
    .transform((value) => value ?? null),
  threeDSIp: z
    .union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' })
    .nullish()
    .transform((value) => value ?? null),
});

const commandSchema = z.object({
  orderNo: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,64}$/, { error: 'must be 1 to 64 letters or digits' }),
  paymentMethod: z.enum(PaymentMethod),
  card: cardSchema.nullish().transform((value) => value ?? null),
  clientOrderNo: optionalText(64, /^[\x21-\x7e]+$/, 'must be printable ASCII without spaces'),
  requestSource: optionalText(64, /^[\x20-\x7e]+$/, 'must be printable ASCII'),
  // Not trimmed: a key is compared byte for byte, as the caller sent it.
  idempotencyKey: z
    .string()
    .min(1, { error: 'must be 1 to 255 characters' })
    .max(255, { error: 'must be 1 to 255 characters' })
    .nullish()
    .transform((value) => value ?? null),
});

type ParsedCommand = z.infer<typeof commandSchema>;

function crossFieldIssues(command: ParsedCommand, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { card, paymentMethod } = command;
  if (CARD_METHODS.has(paymentMethod) && !card) {
    issues.push({ field: 'card', message: `is required for ${paymentMethod} payments` });
  }
  if (!CARD_METHODS.has(paymentMethod) && card) {
    issues.push({
      field: 'card',
      message: `must not be sent with ${paymentMethod}: only VCC and MOR use a card`,
    });
  }
  if (!card) return issues;
  const expiry = Number(card.expiryYear) * 12 + Number(card.expiryMonth) - 1;
  if (expiry < now.getUTCFullYear() * 12 + now.getUTCMonth()) {
    issues.push({ field: 'card.expiryMonth', message: 'the card has expired' });
  }
  if (paymentMethod === PaymentMethod.VCC && !card.cvv) {
    issues.push({ field: 'card.cvv', message: 'is required for VCC payments' });
  }
  // Atlas lets a repeat MoR payment omit the CVV; only a multi-use card can be a repeat.
  if (paymentMethod === PaymentMethod.MOR && !card.cvv && card.reusable !== true) {
    issues.push({
      field: 'card.cvv',
      message: 'is required for MOR unless the card is reusable and used before',
    });
  }
  if (card.threeDSIp && paymentMethod !== PaymentMethod.MOR) {
    issues.push({ field: 'card.threeDSIp', message: 'applies to MOR payments only' });
  }
  return issues;
}

export type PayOrderValidation =
  { ok: true; request: PaymentRequest } | { ok: false; issues: FieldIssue[] };

export function validatePayOrder(command: PayOrderCommand, now: Date): PayOrderValidation {
  const parsed = commandSchema.safeParse(command);
  if (!parsed.success) {
    const firstPerField = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.') || 'input';
      if (!firstPerField.has(field)) firstPerField.set(field, issue.message);
    }
    return {
      ok: false,
      issues: [...firstPerField].map(([field, message]) => ({ field, message })),
    };
  }
  const issues = crossFieldIssues(parsed.data, now);
  if (issues.length > 0) return { ok: false, issues };
  const { card, ...rest } = parsed.data;
  return {
    ok: true,
    request: {
      orderNo: rest.orderNo,
      method: rest.paymentMethod,
      clientOrderNo: rest.clientOrderNo,
      requestSource: rest.requestSource,
      idempotencyKey: rest.idempotencyKey,
      card: card && {
        number: card.number,
        cvv: card.cvv,
        expiryMonth: card.expiryMonth,
        expiryYear: card.expiryYear,
        holderFirstName: card.holderFirstName,
        holderLastName: card.holderLastName,
        billing: card.billingAddress,
        reusable: card.reusable,
        paymentLimit: card.paymentLimit,
        threeDSIp: card.threeDSIp,
      },
    },
  };
}
