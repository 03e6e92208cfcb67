import { z } from 'zod';
import { CARD_BRANDS, CardBrand } from '../domain/card';
import {
  BookingContact,
  BookingPassenger,
  FlightSearchRequest,
  Gender,
  PassengerField,
  TravelDocumentType,
} from '../domain/booking-request';
import { FieldIssue } from '../domain/field-issue';
import { ISO_COUNTRY_CODES } from '../domain/iso-countries';
import { PassengerType, PaymentMethod } from '../domain/order';
import { BookingTicket } from './booking-token';

/*
 * Every message states the rule, never the value: passport numbers, birthdays and contact
 * details are personal data and must not come back in an error (nor reach a log through one).
 */

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = z
  .string()
  .regex(ISO_DATE, { error: 'must be a date as yyyy-MM-dd' })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    {
      error: 'must be a real calendar date',
    },
  );

const airport = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, { error: 'must be a 3-letter IATA code' }));

const country = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => ISO_COUNTRY_CODES.has(value), {
    error: 'must be an ISO 3166-1 alpha-2 country code',
  });

const latinName = z
  .string()
  .trim()
  .min(1, { error: 'is required' })
  .max(40, { error: 'must be at most 40 characters' })
  .regex(/^[A-Za-z][A-Za-z ]*$/, { error: 'must use Latin letters and spaces only' })
  .transform((value) => value.replace(/\s+/g, ' '));

const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => value ?? null);

function issuesOf(error: z.ZodError, prefix = ''): FieldIssue[] {
  const firstPerField = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '');
    const field = `${prefix}${path}` || 'input';
    if (!firstPerField.has(field)) firstPerField.set(field, issue.message);
  }
  return [...firstPerField].map(([field, message]) => ({ field, message }));
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const daysBefore = (date: Date, days: number) =>
  dayOf(new Date(date.getTime() - days * 86_400_000));

const searchSchema = z.object({
  from: airport,
  to: airport,
  departureDate: isoDate,
  returnDate: optional(isoDate),
  adults: z.number().int().min(1, { error: 'must be at least 1' }).max(9),
  children: z.number().int().min(0).max(8).default(0),
  infants: z.number().int().min(0).max(9).default(0),
  carriers: optional(
    z
      .array(
        z.string().regex(/^[A-Z0-9]{2}$/, { error: 'must be a 2-character IATA airline code' }),
      )
      .max(10),
  ),
  currency: optional(z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code' })),
});

export type SearchFlightsCommand = z.input<typeof searchSchema>;

/** searchFlights' input as search.do takes it, with search.do's own rules checked first. */
export function validateSearch(
  command: SearchFlightsCommand,
  now: Date,
): Validated<FlightSearchRequest> {
  const parsed = searchSchema.safeParse(command);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const s = parsed.data;
  const issues: FieldIssue[] = [];
  if (s.to === s.from) issues.push({ field: 'to', message: 'must differ from from' });
  if (s.adults + s.children > 9) {
    issues.push({ field: 'children', message: 'adults and children together must be at most 9' });
  }
  if (s.infants > s.adults) issues.push({ field: 'infants', message: 'must not outnumber adults' });
  // A day's slack: "today" at the departure airport may still be yesterday in UTC.
  if (s.departureDate < daysBefore(now, 1)) {
    issues.push({ field: 'departureDate', message: 'must not be in the past' });
  }
  if (s.returnDate && s.returnDate < s.departureDate) {
    issues.push({ field: 'returnDate', message: 'must not be before departureDate' });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      from: s.from,
      to: s.to,
      departureDate: s.departureDate,
      returnDate: s.returnDate,
      passengers: { adults: s.adults, children: s.children, infants: s.infants },
      carriers: s.carriers ?? [],
      currency: s.currency,
    },
  };
}

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

const FIELD_PATH: Readonly<Record<PassengerField, (pax: BookingPassenger) => unknown>> = {
  [PassengerField.NAME]: (pax) => pax.familyName,
  [PassengerField.PASSENGER_TYPE]: (pax) => pax.type,
  [PassengerField.GENDER]: (pax) => pax.gender,
  [PassengerField.BIRTHDAY]: (pax) => pax.birthday,
  [PassengerField.NATIONALITY]: (pax) => pax.nationality,
  [PassengerField.DOCUMENT_TYPE]: (pax) => pax.document?.type,
  [PassengerField.DOCUMENT_NUMBER]: (pax) => pax.document?.number,
  [PassengerField.DOCUMENT_EXPIRY]: (pax) => pax.document?.expiryDate,
  [PassengerField.DOCUMENT_ISSUING_COUNTRY]: (pax) => pax.document?.issuingCountry,
};

const FIELD_NAME: Readonly<Record<PassengerField, string>> = {
  [PassengerField.NAME]: 'familyName',
  [PassengerField.PASSENGER_TYPE]: 'type',
  [PassengerField.GENDER]: 'gender',
  [PassengerField.BIRTHDAY]: 'birthday',
  [PassengerField.NATIONALITY]: 'nationality',
  [PassengerField.DOCUMENT_TYPE]: 'document.type',
  [PassengerField.DOCUMENT_NUMBER]: 'document.number',
  [PassengerField.DOCUMENT_EXPIRY]: 'document.expiryDate',
  [PassengerField.DOCUMENT_ISSUING_COUNTRY]: 'document.issuingCountry',
};

const DOCUMENT_FIELDS: ReadonlySet<PassengerField> = new Set([
  PassengerField.DOCUMENT_TYPE,
  PassengerField.DOCUMENT_NUMBER,
  PassengerField.DOCUMENT_EXPIRY,
  PassengerField.DOCUMENT_ISSUING_COUNTRY,
]);

/** What the priced fare asks of this party, checked before order.do. */
export function fareIssues(order: ParsedCreateOrder, ticket: BookingTicket): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const count = (type: PassengerType) => order.passengers.filter((p) => p.type === type).length;
  const adults = count(PassengerType.ADULT);
  const seated = adults + count(PassengerType.CHILD);
  const infants = count(PassengerType.INFANT);
  if (adults === 0) issues.push({ field: 'passengers', message: 'must include an adult' });
  if (seated > 9) issues.push({ field: 'passengers', message: 'at most 9 adults and children' });
  if (ticket.maxSeats !== null && seated > ticket.maxSeats) {
    issues.push({ field: 'passengers', message: `this fare has ${ticket.maxSeats} seats left` });
  }
  if (infants > adults)
    issues.push({ field: 'passengers', message: 'infants must not outnumber adults' });
  order.passengers.forEach((pax, i) => {
    if (pax.type === PassengerType.INFANT && !ticket.infantsAllowed) {
      issues.push({ field: `passengers[${i}].type`, message: 'this fare does not allow infants' });
    }
    const documentFields = ticket.requiredFields.filter((field) => DOCUMENT_FIELDS.has(field));
    // A missing document is one issue, not one per document field the fare needs.
    if (!pax.document && documentFields.length > 0) {
      issues.push({ field: `passengers[${i}].document`, message: 'is required for this fare' });
    }
    for (const field of ticket.requiredFields) {
      if (!pax.document && DOCUMENT_FIELDS.has(field)) continue;
      const value = FIELD_PATH[field](pax);
      if (value === null || value === undefined || value === '') {
        issues.push({
          field: `passengers[${i}].${FIELD_NAME[field]}`,
          message: 'is required for this fare',
        });
      }
    }
  });
  if (order.cardBrand && !ticket.paymentMethods.includes(PaymentMethod.MOR)) {
    issues.push({ field: 'cardBrand', message: 'this fare cannot be paid by MOR; leave it out' });
  }
  const seen = new Set<string>();
  return issues.filter((issue) => (seen.has(issue.field) ? false : (seen.add(issue.field), true)));
}
