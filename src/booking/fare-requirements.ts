import { BookingPassenger, PassengerField } from '../domain/booking-request';
import { FieldIssue } from '../domain/field-issue';
import { PassengerType, PaymentMethod } from '../domain/order';
import { BookingTicket } from './booking-token';
import { ParsedCreateOrder } from './create-order.validation';

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
