import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { PassengerField } from '../domain/booking-request';
import { PaymentMethod } from '../domain/order';

/**
 * The bookingToken priceOffer hands out: verify.do's sessionId and what the fare asks of a
 * booking, signed (HS256, jose) for the partner that priced it. createOrder checks the
 * passengers against it before calling Atlas, on any replica, without storing anything.
 * It names no passenger.
 */
export interface BookingTicket {
  sessionId: string;
  partnerId: string;
  requiredFields: PassengerField[];
  maxSeats: number | null;
  infantsAllowed: boolean;
  paymentMethods: PaymentMethod[];
  expiresAt: Date;
}

/** verify.do's sessionId is valid up to 2 h (README "Identifiers and their lifetimes"). */
export const BOOKING_TOKEN_LIFETIME_MS = 2 * 3600_000;

const claimsSchema = z.object({
  sid: z.string().min(1),
  sub: z.string().min(1),
  req: z.array(z.enum(PassengerField)),
  seats: z.number().int().nullable(),
  inf: z.boolean(),
  pm: z.array(z.enum(PaymentMethod)),
  exp: z.number(),
});

export type TicketCheck =
  | { kind: 'valid'; ticket: BookingTicket }
  | { kind: 'expired' }
  /** Not ours, altered, or another partner's. */
  | { kind: 'invalid' };

export interface BookingTokens {
  issue(ticket: BookingTicket): Promise<string>;
  check(token: string, partnerId: string, now: Date): Promise<TicketCheck>;
}

export function createBookingTokens(hashKey: string): BookingTokens {
  // Its own key, derived: a token can never be mistaken for an idempotency hash or vice versa.
  const key = createHmac('sha256', hashKey).update('booking-token').digest();
  return {
    issue: (ticket) =>
      new SignJWT({
        sid: ticket.sessionId,
        req: ticket.requiredFields,
        seats: ticket.maxSeats,
        inf: ticket.infantsAllowed,
        pm: ticket.paymentMethods,
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'atlas-booking+jwt' })
        .setSubject(ticket.partnerId)
        .setExpirationTime(Math.floor(ticket.expiresAt.getTime() / 1000))
        .sign(key),

    async check(token, partnerId, now) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          typ: 'atlas-booking+jwt',
          subject: partnerId,
          currentDate: now,
        });
        const claims = claimsSchema.safeParse(payload);
        if (!claims.success) return { kind: 'invalid' };
        const c = claims.data;
        return {
          kind: 'valid',
          ticket: {
            sessionId: c.sid,
            partnerId: c.sub,
            requiredFields: c.req,
            maxSeats: c.seats,
            infantsAllowed: c.inf,
            paymentMethods: c.pm,
            expiresAt: new Date(c.exp * 1000),
          },
        };
      } catch (error) {
        if (error instanceof errors.JWTExpired) return { kind: 'expired' };
        return { kind: 'invalid' };
      }
    },
  };
}
