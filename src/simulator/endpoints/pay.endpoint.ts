import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CardBrand, detectCardBrand, lastFour, passesLuhn } from '../../domain/card';
import { SimOrder, TicketingOutcome } from '../sim.model';
import { ticketingFailure } from '../sim.order-factory';
import { SimStore } from '../sim.store';
import { SimEndpoint, SimReply, textField } from './endpoint';

/**
 * pay.do as documented in payment.md §3–§8. Check order, where the docs give none, is ours:
 * request shape (400) → order state (402/404) → in-flight (406) → deadline (401) → FR confirmation
 * (415) → methods (412/403) → card brand (413/414) → order data (407–410) → balance (411).
 */

const METHODS = new Set([1, 3, 4, 5]);
const MOR_BRANDS: ReadonlySet<CardBrand> = new Set(['Visa', 'MasterCard']);

interface Card {
  cardNumber: string;
  cardCVV: string | null;
  cardExpireMonth: string;
  cardExpireYear: string;
  cardHolderFirstName: string;
  cardHolderLastName: string;
}

function reject(status: number, msg: string): SimReply {
  return {
    orderNo: null,
    body: { orderNo: null, pnrCode: null, paymentMethod: null, status, msg },
  };
}

function cardProblem(
  raw: unknown,
  method: number,
  now: number,
  knownCards: Set<string>,
): string | Card {
  if (typeof raw !== 'object' || raw === null)
    return 'creditCard is required for this paymentMethod';
  const card = raw as Record<string, unknown>;
  const number = textField(card.cardNumber);
  if (!number || !/^\d{12,19}$/.test(number) || !passesLuhn(number))
    return 'creditCard.cardNumber is invalid';
  const month = textField(card.cardExpireMonth);
  if (!month || !/^(0[1-9]|1[0-2])$/.test(month)) return 'creditCard.cardExpireMonth is invalid';
  const year = textField(card.cardExpireYear);
  if (!year || !/^(\d{2}|\d{4})$/.test(year)) return 'creditCard.cardExpireYear is invalid';
  const fullYear = Number(year.length === 2 ? `20${year}` : year);
  const nowDate = new Date(now);
  if (fullYear * 12 + Number(month) - 1 < nowDate.getUTCFullYear() * 12 + nowDate.getUTCMonth()) {
    return 'creditCard is expired';
  }
  const first = textField(card.cardHolderFirstName);
  const last = textField(card.cardHolderLastName);
  if (!first || !last) return 'creditCard.cardHolderFirstName and cardHolderLastName are required';
  const cvv = card.cardCVV;
  if (cvv === '') return 'creditCard.cardCVV must be null, not an empty string';
  if (cvv !== null && cvv !== undefined && (typeof cvv !== 'string' || !/^\d{3,4}$/.test(cvv))) {
    return 'creditCard.cardCVV is invalid';
  }
  const hasCvv = typeof cvv === 'string';
  if (method === 3 && !hasCvv) return 'creditCard.cardCVV is required for vcc passthrough';
  if (method === 5 && !hasCvv && !knownCards.has(cardKey(number))) {
    return 'creditCard.cardCVV is required the first time a card is used';
  }
  return {
    cardNumber: number,
    cardCVV: hasCvv ? (cvv as string) : null,
    cardExpireMonth: month,
    cardExpireYear: year,
    cardHolderFirstName: first,
    cardHolderLastName: last,
  };
}

function cardKey(number: string): string {
  return createHash('sha256').update(number).digest('hex');
}

function passengerDataProblem(order: SimOrder): [number, string] | null {
  if (order.passengers.some((pax) => !pax.birthday || !pax.cardType || !pax.cardNum)) {
    return [407, 'Some mandatory element for the passenger has not been submitted'];
  }
  const hasChild = order.passengers.some((pax) => pax.passengerType === 1);
  if (hasChild && !order.passengers.some((pax) => pax.passengerType === 0)) {
    return [408, 'Passenger can not board alone'];
  }
  for (const pax of order.passengers) {
    for (const direction of [1, 2] as const) {
      const segs = order.segments.filter((s) => s.direction === direction);
      const bags = segs.map((s) =>
        pax.ancillaries
          .filter((a) => a.segmentIndex === s.segmentIndex)
          .map((a) => a.productCode)
          .sort()
          .join(','),
      );
      if (new Set(bags).size > 1)
        return [409, 'Additional baggage does not match the flight segment'];
    }
  }
  if (!order.contact.mobile || !/^\d{4}-\d{4,15}$/.test(order.contact.mobile)) {
    return [410, 'The contact information is not in the correct format'];
  }
  return null;
}

/** The documented sandbox triggers (payment.md §8): outcomes that surface later, at ticketing. */
function ticketingOutcome(order: SimOrder, card: Card | null): TicketingOutcome {
  const firstName = card?.cardHolderFirstName.trim().toLowerCase();
  if (firstName === 'reject') return ticketingFailure('604');
  if (firstName === 'three ds') return ticketingFailure('616');
  return order.plannedTicketing;
}

export function createPayEndpoint(store: SimStore): SimEndpoint {
  const knownMorCards = new Set<string>();

  return async (body) => {
    const request = body as Record<string, unknown>;
    const orderNo = textField(request.orderNo);
    if (!orderNo) return reject(400, 'orderNo is required');
    const method = request.paymentMethod;
    if (typeof method !== 'number' || !METHODS.has(method))
      return reject(400, 'paymentMethod is invalid');
    let card: Card | null = null;
    if (method === 3 || method === 5) {
      const checked = cardProblem(request.creditCard, method, store.clock.now(), knownMorCards);
      if (typeof checked === 'string') return reject(400, checked);
      card = checked;
    }
    const order = store.getOrder(orderNo);
    if (!order) return reject(400, 'order does not exist');
    const now = store.clock.now();
    if (order.orderStatus === '1') return reject(404, 'The order is already paid');
    if (order.orderStatus !== '0') return reject(402, 'Order status does not support payment');
    if (order.paymentsInFlight > 0 || order.externalPaymentUntil > now) {
      return reject(406, 'Payment operation is in progress');
    }
    if (now >= order.deadline) return reject(401, 'Later than the payment deadline');
    if (order.requiresConfirmation && !order.confirmed)
      return reject(415, 'order is not confirmed by user');
    if (order.supportPaymentMethods.length === 0)
      return reject(412, 'No available payment methods');
    if (!order.supportPaymentMethods.includes(method))
      return reject(403, 'Unsupported payment method');
    if (card) {
      const brand = detectCardBrand(card.cardNumber);
      if (method === 5 && (!brand || !MOR_BRANDS.has(brand)))
        return reject(413, 'Card is not supported');
      if (order.declaredCardBrand && brand !== order.declaredCardBrand)
        return reject(414, 'Card mismatch');
    }
    const dataProblem = passengerDataProblem(order);
    if (dataProblem) return reject(...dataProblem);
    const fromDeposit =
      method === 1 ? order.totalPrice + order.totalTransactionFee : order.totalTransactionFee;
    if (store.depositBalance() < fromDeposit) return reject(411, 'Insufficient deposit balance');

    order.paymentsInFlight += 1;
    try {
      if (order.paymentProcessingMs > 0) await sleep(order.paymentProcessingMs);
    } finally {
      order.paymentsInFlight -= 1;
    }
    store.debitDeposit(fromDeposit);
    if (card && method === 5) knownMorCards.add(cardKey(card.cardNumber));
    store.acceptPayment(order, {
      method,
      cardLast4: card ? lastFour(card.cardNumber) : null,
      outcome: ticketingOutcome(order, card),
    });
    return {
      orderNo,
      body: {
        orderNo,
        pnrCode: order.pnrCode,
        paymentMethod: method,
        airlines: [order.carrier],
        status: 0,
        msg: 'success',
      },
    };
  };
}
