import { z } from 'zod';
import {
  BookingContact,
  BookingPassenger,
  Gender,
  TravelDocumentType,
} from '../domain/booking-request';
import { CARD_BRANDS, CardBrand } from '../domain/card';
import { FieldIssue } from '../domain/field-issue';
import { PassengerType } from '../domain/order';
import { country, dayOf, isoDate, issuesOf, latinName, optional, Validated } from './input-rules';

/*
 * Every message states the rule, never the value: passport numbers, birthdays and contact
 * details are personal data and must not come back in an error (nor reach a log through one).
 */

const documentSchema = z.object({
  type: z.enum(TravelDocumentType),
  number: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{4,20}$/, { error: 'must be 4 to 20 letters or digits' }),
  expiryDate: optional(isoDate),
  issuingCountry: optional(country),
});

const passengerSchema = z.object({
  familyName: latinName,
  givenNames: latinName,
  type: z.enum(PassengerType),
  gender: z.enum(Gender),
  birthday: optional(isoDate),
  nationality: optional(country),
  document: optional(documentSchema),
});

const contactSchema = z.object({
  familyName: latinName,
  givenNames: latinName,
  email: z.email({ error: 'must be an e-mail address' }).max(100),
  phone: optional(
    z.object({
      countryCode: z.string().regex(/^\d{1,4}$/, { error: 'must be 1 to 4 digits' }),
      number: z.string().regex(/^\d{4,15}$/, { error: 'must be 4 to 15 digits' }),
    }),
  ),
});

const createSchema = z.object({
  bookingToken: z.string().min(1, { error: 'is required' }).max(4000),
  passengers: z
    .array(passengerSchema)
    .min(1, { error: 'must name at least one passenger' })
    .max(18),
  contact: contactSchema,
  cardBrand: optional(z.enum(CARD_BRANDS as [CardBrand, ...CardBrand[]])),
  clientOrderNo: optional(
    z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]{1,64}$/, {
        error: 'must be 1 to 64 printable ASCII characters without spaces',
      }),
  ),
  requestSource: optional(
    z
      .string()
      .regex(/^[\x20-\x7e]{1,64}$/, { error: 'must be 1 to 64 printable ASCII characters' }),
  ),
  // Not trimmed: a key is compared byte for byte, as the caller sent it.
  idempotencyKey: optional(
    z
      .string()
      .min(1, { error: 'must be 1 to 255 characters' })
      .max(255, { error: 'must be 1 to 255 characters' }),
  ),
});

export type CreateOrderCommand = z.input<typeof createSchema>;
export type ParsedCreateOrder = Omit<z.output<typeof createSchema>, 'passengers' | 'contact'> & {
  passengers: BookingPassenger[];
  contact: BookingContact;
};

/** The shape rules, before the booking token is opened. */
export function parseCreateOrder(
  command: CreateOrderCommand,
  now: Date,
): Validated<ParsedCreateOrder> {
  const parsed = createSchema.safeParse(command);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const { passengers, contact, ...rest } = parsed.data;
  const today = dayOf(now);
  const issues: FieldIssue[] = [];
  passengers.forEach((pax, i) => {
    if (pax.birthday && pax.birthday > today) {
      issues.push({ field: `passengers[${i}].birthday`, message: 'must not be in the future' });
    }
    if (pax.document?.expiryDate && pax.document.expiryDate < today) {
      issues.push({
        field: `passengers[${i}].document.expiryDate`,
        message: 'must not be in the past',
      });
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  const mobile = contact.phone
    ? `${contact.phone.countryCode.padStart(4, '0')}-${contact.phone.number}`
    : null;
  return {
    ok: true,
    value: {
      ...rest,
      passengers,
      contact: {
        familyName: contact.familyName,
        givenNames: contact.givenNames,
        email: contact.email,
        mobile,
      },
    },
  };
}
