import { CardBrand } from '../domain/card';
import { SimClock } from './sim.clock';
import { SimIds } from './sim.ids';
import {
  SimContact,
  SimOrder,
  SimPassenger,
  SimPaxPrices,
  SimSegment,
  TicketingOutcome,
  WireOrderStatus,
} from './sim.model';

/** Everything a test or the control API may choose about a new order; the rest is defaulted. */
export interface SimOrderSpec {
  carrier?: string;
  segments?: SimSegment[];
  prices?: SimPaxPrices;
  fareKey?: string | null;
  supportPaymentMethods?: number[];
  declaredCardBrand?: CardBrand | null;
  passengers?: Partial<SimPassenger>[];
  contact?: Partial<SimContact>;
  deadlineInSeconds?: number;
  totalPrice?: number;
  totalTransactionFee?: number;
  currency?: string;
  vendorTotalPrice?: number | null;
  vendorCurrency?: string | null;
  requiresConfirmation?: boolean;
  confirmed?: boolean;
  paymentProcessingMs?: number;
  externalPaymentForMs?: number;
  ticketingDelayMs?: number;
  ticketingErrorCode?: string | null;
  state?: 'UNPAID' | 'TICKETING' | 'TICKETED' | 'CANCELLED';
  cancelErrorCode?: string;
}

export const DEFAULT_TICKETING_MESSAGES: Readonly<Record<string, string>> = {
  '604': 'Payment declined by airline',
  '613': 'Order rejected by airline risk control',
  '616': 'Card requires 3DS verification',
  '623': 'Insufficient VCC balance',
  '633': 'Airline declined payment by risk control',
};

export function ticketingFailure(
  errorCode: string,
): Extract<TicketingOutcome, { kind: 'cancelled' }> {
  return {
    kind: 'cancelled',
    errorCode,
    errorMessage: DEFAULT_TICKETING_MESSAGES[errorCode] ?? 'Ticketing failed',
    airlineMessage: errorCode === '604' ? 'CARD DECLINED' : null,
  };
}

function passenger(spec: Partial<SimPassenger>, index: number): SimPassenger {
  return {
    name:
      spec.name ?? (index === 0 ? 'DOE/JANE' : `DOE/PASSENGER ${String.fromCharCode(65 + index)}`),
    passengerType: spec.passengerType ?? 0,
    gender: spec.gender ?? 'F',
    birthday: spec.birthday === undefined ? '19900101' : spec.birthday,
    cardType: spec.cardType === undefined ? 'PP' : spec.cardType,
    cardNum: spec.cardNum === undefined ? `E${1234567 + index}` : spec.cardNum,
    cardExpired: spec.cardExpired === undefined ? '20350101' : spec.cardExpired,
    cardIssuePlace: spec.cardIssuePlace === undefined ? 'SG' : spec.cardIssuePlace,
    nationality: spec.nationality === undefined ? 'SG' : spec.nationality,
    ancillaries: spec.ancillaries ?? [],
    ticketNos: [],
    airlinePNRs: [],
  };
}

/** One adult at these prices is the default order's 300.35 total. */
const DEFAULT_PRICES: SimPaxPrices = {
  adult: { price: 265, tax: 35.35 },
  child: { price: 220, tax: 35.35 },
  infant: { price: 30, tax: 5 },
};

function segments(carrier: string): SimSegment[] {
  return [
    {
      segmentIndex: 1,
      direction: 1,
      carrier,
      flightNumber: `${carrier}178`,
      depAirport: 'MNL',
      arrAirport: 'CEB',
      depTime: '202612180640',
      arrTime: '202612180805',
      duration: 85,
      cabin: 'Y',
      cabinClass: 1,
      fareFamily: 'GO Basic',
    },
    {
      segmentIndex: 2,
      direction: 1,
      carrier,
      flightNumber: `${carrier}563`,
      depAirport: 'CEB',
      arrAirport: 'SIN',
      depTime: '202612181015',
      arrTime: '202612181405',
      duration: 230,
      cabin: 'Y',
      cabinClass: 1,
      fareFamily: 'GO Basic',
    },
  ];
}

export function buildOrder(
  spec: SimOrderSpec,
  deps: { clock: SimClock; ids: SimIds; defaultTicketingDelayMs: number },
): SimOrder {
  const now = deps.clock.now();
  const carrier = spec.carrier ?? '5J';
  const order: SimOrder = {
    orderNo: deps.ids.orderNo(now),
    pnrCode: deps.ids.pnr(),
    createdAt: now,
    // Atlas holds an order 30 minutes by default (orders.md "Hold / deadline").
    deadline: now + (spec.deadlineInSeconds ?? 30 * 60) * 1000,
    carrier,
    segments: spec.segments ?? segments(carrier),
    prices: spec.prices ?? DEFAULT_PRICES,
    fareKey: spec.fareKey ?? null,
    passengers: (spec.passengers ?? [{}]).map(passenger),
    contact: {
      name: spec.contact?.name ?? 'DOE/JANE',
      email: spec.contact?.email === undefined ? 'jane.doe@example.com' : spec.contact.email,
      mobile: spec.contact?.mobile === undefined ? '0065-81234567' : spec.contact.mobile,
    },
    supportPaymentMethods: spec.supportPaymentMethods ?? [1, 3],
    declaredCardBrand: spec.declaredCardBrand ?? null,
    totalPrice: spec.totalPrice ?? 300.35,
    totalTransactionFee: spec.totalTransactionFee ?? 2,
    currency: spec.currency ?? 'USD',
    vendorTotalPrice: spec.vendorTotalPrice === undefined ? 17210.5 : spec.vendorTotalPrice,
    vendorCurrency: spec.vendorCurrency === undefined ? 'PHP' : spec.vendorCurrency,
    requiresConfirmation: spec.requiresConfirmation ?? carrier === 'FR',
    confirmed: spec.confirmed ?? false,
    confirmationSession: null,
    regeneratedFrom: null,
    regeneratedAs: null,
    orderStatus: '0',
    ticketStatus: '0',
    paymentMethod: null,
    payTime: null,
    cardLast4: null,
    externalPaymentUntil: spec.externalPaymentForMs ? now + spec.externalPaymentForMs : 0,
    paymentsInFlight: 0,
    paymentProcessingMs: spec.paymentProcessingMs ?? 0,
    ticketingDelayMs: spec.ticketingDelayMs ?? deps.defaultTicketingDelayMs,
    plannedTicketing: spec.ticketingErrorCode
      ? ticketingFailure(spec.ticketingErrorCode)
      : { kind: 'ticketed' },
    ticketingDueAt: null,
    pendingTicketing: null,
    errorCode: null,
    errorMessage: null,
    airlineMessage: null,
  };
  return order;
}

export type InitialState = NonNullable<SimOrderSpec['state']>;

export const WIRE_STATUS: Readonly<Record<InitialState, WireOrderStatus>> = {
  UNPAID: '0',
  TICKETING: '1',
  TICKETED: '2',
  CANCELLED: '-3',
};
