import { z } from 'zod';
import { FlightSearchRequest } from '../domain/booking-request';
import { FieldIssue } from '../domain/field-issue';
import { airport, daysBefore, isoDate, issuesOf, optional, Validated } from './input-rules';

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
