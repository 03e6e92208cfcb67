import { formatSgt } from '../domain/sgt-time';
import { SimOrder } from './sim.model';
import { FARES } from './shopping/sim.fares';
import { routingWire } from './shopping/sim.routing.wire';

const PAYMENT_OPTION_DEDUCT: Readonly<Record<number, 'DEPOSIT' | 'CARD'>> = {
  1: 'DEPOSIT',
  3: 'CARD',
  4: 'CARD',
  5: 'CARD',
};

export function paxTicketInfos(order: SimOrder) {
  return order.passengers.map((pax) => ({
    name: pax.name,
    passengerType: pax.passengerType,
    birthday: pax.birthday,
    gender: pax.gender,
    cardNum: pax.cardNum,
    cardType: pax.cardType,
    cardIssuePlace: pax.cardIssuePlace,
    cardExpired: pax.cardExpired,
    nationality: pax.nationality,
    ticketNos: [...pax.ticketNos],
    airlinePNRs: [...pax.airlinePNRs],
    ancillaries: pax.ancillaries.map((a) => ({
      ...a,
      currency: order.currency,
      ancillaryPrice: 25,
    })),
    contactEmails: order.contact.email ? [order.contact.email] : null,
    contactPhones: order.contact.mobile ? [order.contact.mobile] : null,
  }));
}

function routing(order: SimOrder) {
  const fare = FARES.find((candidate) => candidate.key === order.fareKey);
  return routingWire({
    routingIdentifier: null,
    segments: order.segments,
    prices: order.prices,
    currency: order.currency,
    paymentMethods: order.supportPaymentMethods,
    vendor: fare?.vendor ?? null,
    infantAllowed: fare?.infantAllowed ?? true,
  });
}

function paymentOptions(order: SimOrder) {
  return order.supportPaymentMethods.map((method) => ({
    paymentMethod: method,
    ticketFare: {
      amount: order.totalPrice,
      currency: order.currency,
      deductFrom: PAYMENT_OPTION_DEDUCT[method],
    },
    serviceFee: {
      amount: order.totalTransactionFee,
      currency: order.currency,
      deductFrom: 'DEPOSIT',
    },
    paymentFee: { amount: 0, currency: order.currency, deductFrom: 'CARD' },
    cardType: method === 5 ? order.declaredCardBrand : null,
  }));
}

/** queryOrderDetails.do's answer: status fields as strings, as the schema and sample show. */
export function queryOrderResponse(order: SimOrder): Record<string, unknown> {
  const paid = order.paymentMethod !== null;
  const cardMethod = order.paymentMethod === 3 || order.paymentMethod === 4;
  return {
    status: 0,
    msg: 'success',
    orderNo: order.orderNo,
    pnrCode: order.pnrCode,
    orderStatus: order.orderStatus,
    ticketStatus: order.ticketStatus,
    paxTicketInfos: paxTicketInfos(order),
    totalPrice: order.totalPrice,
    currency: order.currency,
    tktLimitTime: formatSgt(new Date(order.deadline)),
    vendorTotalPrice: order.vendorTotalPrice,
    vendorCurrency: order.vendorCurrency,
    vendorCost: cardMethod && order.orderStatus === '2' ? order.vendorTotalPrice : null,
    totalTransactionFee: order.totalTransactionFee,
    supportPaymentMethod: order.supportPaymentMethods.includes(3) ? 3 : 1,
    supportPaymentMethods: [...order.supportPaymentMethods],
    paymentMethod: order.paymentMethod,
    routing: routing(order),
    airlineBookings: [
      {
        airlineCode: order.carrier,
        airlineName: order.carrier === 'FR' ? 'Ryanair' : 'Cebu Pacific',
        airlinePnr: order.passengers[0]?.airlinePNRs[0] ?? null,
        tailDigitsOfPaymentCard: order.cardLast4,
      },
    ],
    contact: { ...order.contact },
    errorCode: order.errorCode,
    errorMessage: order.errorMessage,
    airlineMessage: order.airlineMessage,
    paymentOptions: paid ? null : paymentOptions(order),
    payment: paid
      ? (paymentOptions(order).find((o) => o.paymentMethod === order.paymentMethod) ?? null)
      : null,
    paymentAttempted: order.paymentMethod === 3 ? order.orderStatus !== '1' : null,
    payTime: order.payTime === null ? null : formatSgt(new Date(order.payTime)),
    locale: 'en_US',
  };
}

/** order.do's answer (and regenerateOrder.do's, which shares its shape). */
export function orderCreatedResponse(
  order: SimOrder,
  sessionId: string | null,
): Record<string, unknown> {
  return {
    status: 0,
    msg: 'success',
    sessionId,
    orderNo: order.orderNo,
    pnrCode: order.pnrCode,
    totalPrice: order.totalPrice,
    totalTransactionFee: order.totalTransactionFee,
    currency: order.currency,
    vendorTotalPrice: order.vendorTotalPrice,
    vendorCurrency: order.vendorCurrency,
    tktLimitTime: formatSgt(new Date(order.deadline)),
    paxTicketInfos: paxTicketInfos(order),
    routing: routing(order),
    duplicateOrders: null,
    paymentOptions: paymentOptions(order),
  };
}
