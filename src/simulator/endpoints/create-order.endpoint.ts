import { CARD_BRANDS, CardBrand } from '../../domain/card';
import { SimPassenger } from '../sim.model';
import { SimStore } from '../sim.store';
import { orderCreatedResponse } from '../sim.wire';
import { SimEndpoint, SimReply, textField } from './endpoint';

/**
 * order.do, enough to create orders. Without search/verify, any non-empty sessionId or offerId
 * books the simulator's default fare (5J, deposit and VCC). Passenger and contact checks that
 * Atlas documents for both order.do and pay.do (407–410) are left to pay.do, so that every pay.do
 * status can be reproduced through the public endpoints.
 */

const NAME = /^[A-Za-z ]+\/[A-Za-z ]+$/;
const DATE = /^\d{8}$/;

function fail(status: number, msg: string): SimReply {
  return { orderNo: null, body: { status, msg, orderNo: null } };
}

function passengerProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'passengers';
  const pax = raw as Record<string, unknown>;
  if (typeof pax.name !== 'string' || !NAME.test(pax.name)) return 'passengers->name';
  if (![0, 1, 2].includes(pax.passengerType as number)) return 'passengers->passengerType';
  if (pax.gender !== 'M' && pax.gender !== 'F') return 'passengers->gender';
  if (pax.birthday != null && (typeof pax.birthday !== 'string' || !DATE.test(pax.birthday))) {
    return 'passengers->birthday';
  }
  return null;
}

export function createOrderEndpoint(store: SimStore): SimEndpoint {
  return async (body) => {
    const request = body as Record<string, unknown>;
    const sessionId = textField(request.sessionId);
    if (!sessionId && !textField(request.offerId))
      return fail(301, 'sessionId is invalid or expired');
    const passengers = request.passengers;
    if (!Array.isArray(passengers) || passengers.length === 0) return fail(307, 'passengers');
    const seated = passengers.filter(
      (p) => (p as { passengerType?: number })?.passengerType !== 2,
    ).length;
    if (seated > 9) return fail(307, 'passengers: at most 9 adults and children');
    for (const pax of passengers) {
      const problem = passengerProblem(pax);
      if (problem) return fail(307, `Illegal booking parameter: ${problem}`);
    }
    const contact = (request.contact ?? {}) as Record<string, unknown>;
    if (typeof contact.name !== 'string' || !NAME.test(contact.name))
      return fail(307, 'Illegal booking parameter: contact.name');
    const email = textField(contact.email);
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      return fail(323, 'Contact e-mail format is invalid');
    const payment = request.payment as { cardType?: unknown } | null | undefined;
    const declared = payment?.cardType ?? null;
    if (declared !== null && !CARD_BRANDS.includes(declared as CardBrand)) {
      return fail(307, 'Illegal booking parameter: payment.cardType');
    }
    const order = store.createOrder({
      supportPaymentMethods: declared ? [1, 3, 5] : [1, 3],
      declaredCardBrand: declared as CardBrand | null,
      contact: { name: contact.name, email, mobile: textField(contact.mobile) },
      passengers: passengers.map((raw) => {
        const pax = raw as Record<string, unknown>;
        const spec: Partial<SimPassenger> = {
          name: pax.name as string,
          passengerType: pax.passengerType as 0 | 1 | 2,
          gender: pax.gender as 'M' | 'F',
          birthday: textField(pax.birthday),
          cardType: textField(pax.cardType),
          cardNum: textField(pax.cardNum),
          cardExpired: textField(pax.cardExpired),
          cardIssuePlace: textField(pax.cardIssuePlace),
          nationality: textField(pax.nationality),
          ancillaries: Array.isArray(pax.ancillaries)
            ? (pax.ancillaries as SimPassenger['ancillaries'])
            : [],
        };
        return spec;
      }),
    });
    return { orderNo: order.orderNo, body: orderCreatedResponse(order, sessionId) };
  };
}
