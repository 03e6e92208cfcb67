import { CARD_BRANDS, CardBrand } from '../../domain/card';
import { SimOrder, SimPassenger } from '../sim.model';
import { SimStore } from '../sim.store';
import { orderCreatedResponse } from '../sim.wire';
import { PassengerField } from '../shopping/sim.fares';
import { fareSegments, priceTotal, TRANSACTION_FEE_PER_PAX } from '../shopping/sim.routing.wire';
import { SimSession, SimShopping } from '../shopping/sim.shopping';
import { orderRefused as fail, SimEndpoint, textField } from './endpoint';

/**
 * order.do (orders.md §1) in the verify flow: books only with a live sessionId from this
 * simulator's verify.do (unknown or older than 2 h: 301), at the verified price. The offer flow
 * (getOffers.do) is not simulated, so an offerId is 307. Checks in the documented order-status
 * family: 307 illegal field (named in msg), 312 more seated passengers than maxSeats, 310 infant
 * on a fare without infants, 408 children without an adult, 327 a field the fare's
 * bookingRequirement asks for is missing, 323 e-mail format, 318 the same passengers on the same
 * flights in a live order. Passenger and contact checks that Atlas documents for both order.do
 * and pay.do (407–410) stay with pay.do, so that every pay.do status can still be reproduced.
 */

const NAME = /^[A-Za-z ]+\/[A-Za-z ]+$/;
const DATE = /^\d{8}$/;
const COUNTRY = /^[A-Z]{2}$/;

function passengerProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'passengers';
  const pax = raw as Record<string, unknown>;
  if (typeof pax.name !== 'string' || !NAME.test(pax.name)) return 'passengers->name';
  if (![0, 1, 2].includes(pax.passengerType as number)) return 'passengers->passengerType';
  if (pax.gender !== 'M' && pax.gender !== 'F') return 'passengers->gender';
  for (const field of ['birthday', 'cardExpired'] as const) {
    const value = pax[field];
    if (value != null && (typeof value !== 'string' || !DATE.test(value)))
      return `passengers->${field}`;
  }
  for (const field of ['nationality', 'cardIssuePlace'] as const) {
    const value = pax[field];
    if (value != null && (typeof value !== 'string' || !COUNTRY.test(value))) {
      return `passengers->${field}`;
    }
  }
  return null;
}

function missingRequired(
  pax: Record<string, unknown>,
  required: PassengerField[],
): PassengerField | null {
  return (
    required.find(
      (field) => pax[field] === undefined || pax[field] === null || pax[field] === '',
    ) ?? null
  );
}

function passengerSpec(raw: unknown): Partial<SimPassenger> {
  const pax = raw as Record<string, unknown>;
  return {
    name: pax.name as string,
    passengerType: pax.passengerType as 0 | 1 | 2,
    gender: pax.gender as 'M' | 'F',
    birthday: textField(pax.birthday),
    cardType: textField(pax.cardType),
    cardNum: textField(pax.cardNum),
    cardExpired: textField(pax.cardExpired),
    cardIssuePlace: textField(pax.cardIssuePlace),
    nationality: textField(pax.nationality),
    ancillaries: [],
  };
}

/** Live orders for the same flights on the same dates with the same travellers. */
function duplicatesOf(store: SimStore, session: SimSession, names: string[]): string[] {
  const { routing } = session;
  const flights = fareSegments(routing.fare, routing.fromDate, routing.retDate)
    .map((s) => `${s.flightNumber}@${s.depTime}`)
    .join(',');
  const travellers = [...names].sort().join('|');
  return store
    .orders()
    .filter(
      (order: SimOrder) =>
        store.isLive(order) &&
        order.segments.map((s) => `${s.flightNumber}@${s.depTime}`).join(',') === flights &&
        order.passengers
          .map((p) => p.name)
          .sort()
          .join('|') === travellers,
    )
    .map((order) => order.orderNo);
}

export function createOrderEndpoint(store: SimStore, shopping: SimShopping): SimEndpoint {
  return async (body) => {
    const request = body as Record<string, unknown>;
    const sessionId = textField(request.sessionId);
    if (!sessionId) {
      if (textField(request.offerId))
        return fail(307, 'Illegal booking parameter: offerId (only the verify flow is simulated)');
      return fail(301, 'sessionId is invalid or expired');
    }
    const found = shopping.session(sessionId);
    if (found.kind !== 'live') return fail(301, 'sessionId is invalid or expired');
    const session = found.value;
    const { fare } = session.routing;
    const passengers = request.passengers;
    if (!Array.isArray(passengers) || passengers.length === 0)
      return fail(307, 'Illegal booking parameter: passengers');
    for (const pax of passengers) {
      const problem = passengerProblem(pax);
      if (problem) return fail(307, `Illegal booking parameter: ${problem}`);
    }
    const typed = passengers as Record<string, unknown>[];
    const count = (type: number) => typed.filter((p) => p.passengerType === type).length;
    const pax = { adults: count(0), children: count(1), infants: count(2) };
    if (pax.adults + pax.children > fare.maxSeats)
      return fail(312, 'More passengers than seats available');
    if (pax.infants > 0 && !fare.infantAllowed)
      return fail(310, 'This offer does not allow infants');
    if (pax.adults === 0) return fail(408, 'A child cannot travel alone');
    if (pax.infants > pax.adults)
      return fail(307, 'Illegal booking parameter: more infants than adults');
    for (const [index, raw] of typed.entries()) {
      const missing = missingRequired(raw, fare.required);
      if (missing)
        return fail(
          327,
          `Passenger ${index + 1} does not meet the booking requirement: ${missing}`,
        );
    }
    const contact = (request.contact ?? {}) as Record<string, unknown>;
    if (typeof contact.name !== 'string' || !NAME.test(contact.name)) {
      return fail(307, 'Illegal booking parameter: contact.name');
    }
    const email = textField(contact.email);
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      return fail(323, 'Contact e-mail format is invalid');
    const declared =
      (request.payment as { cardType?: unknown } | null | undefined)?.cardType ?? null;
    if (declared !== null && !CARD_BRANDS.includes(declared as CardBrand)) {
      return fail(307, 'Illegal booking parameter: payment.cardType');
    }
    if (declared !== null && !fare.paymentMethods.includes(5)) {
      return fail(307, 'Illegal booking parameter: payment.cardType (this fare has no MoR)');
    }
    const duplicates = duplicatesOf(
      store,
      session,
      typed.map((p) => p.name as string),
    );
    if (duplicates.length > 0) return fail(318, 'Duplicate booking suspected', duplicates);
    const totalPrice = priceTotal(session.prices, pax);
    const order = store.createOrder({
      carrier: fare.carrier,
      fareKey: fare.key,
      segments: fareSegments(fare, session.routing.fromDate, session.routing.retDate),
      prices: session.prices,
      supportPaymentMethods: fare.paymentMethods,
      declaredCardBrand: declared as CardBrand | null,
      contact: { name: contact.name, email, mobile: textField(contact.mobile) },
      passengers: typed.map(passengerSpec),
      totalPrice,
      totalTransactionFee: TRANSACTION_FEE_PER_PAX * typed.length,
      currency: fare.currency,
      vendorTotalPrice: fare.vendor ? Math.round(totalPrice * fare.vendor.rate * 100) / 100 : null,
      vendorCurrency: fare.vendor?.currency ?? null,
      requiresConfirmation: fare.carrier === 'FR',
    });
    return { orderNo: order.orderNo, body: orderCreatedResponse(order, sessionId) };
  };
}
