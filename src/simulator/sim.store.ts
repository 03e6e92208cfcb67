import { SimClock } from './sim.clock';
import { SimIds } from './sim.ids';
import { SimOrder, TicketingOutcome } from './sim.model';
import { buildOrder, SimOrderSpec, ticketingFailure, WIRE_STATUS } from './sim.order-factory';

export type ConfirmResult =
  | { kind: 'confirmed'; order: SimOrder }
  | { kind: 'unknown-order' }
  | { kind: 'refused'; reason: string };

export interface SimCall {
  endpoint: string;
  orderNo: string | null;
  atlasStatus: number | null;
  fault: string | null;
  at: number;
}

/** The simulator's whole state: orders, the account's deposit, and a log of calls for tests. */
export interface SimStore {
  readonly clock: SimClock;
  /** `orderNo` gives the order a fixed number (the seeds); a number in use is refused. */
  createOrder(spec: SimOrderSpec, orderNo?: string): SimOrder;
  /** Returns the order with any due ticketing transition applied first. */
  getOrder(orderNo: string): SimOrder | undefined;
  /** Every order, as stored (due transitions not applied). */
  orders(): SimOrder[];
  acceptPayment(
    order: SimOrder,
    payment: { method: number; cardLast4: string | null; outcome: TicketingOutcome },
  ): void;
  /** The traveller confirms on the page orderCommit.do handed out; no page, no confirmation. */
  confirm(orderNo: string): ConfirmResult;
  findBySession(session: string): SimOrder | undefined;
  /** A new unpaid order with the original's trip and passengers; the original is not touched. */
  regenerate(original: SimOrder): SimOrder;
  /** True while an order holds its seats: paid, or unpaid inside its deadline. */
  isLive(order: SimOrder): boolean;
  depositBalance(): number;
  setDepositBalance(amount: number): void;
  debitDeposit(amount: number): void;
  /** Applies every ticketing transition that is due; the simulator's ticker calls it. */
  settleDue(): void;
  /** Called after each ticketing transition (ticketed or cancelled), for webhooks. */
  onTransition(listener: (order: SimOrder) => void): void;
  recordCall(call: Omit<SimCall, 'at'>): void;
  calls(): SimCall[];
  clearCalls(): void;
}

export function createSimStore(options: {
  clock: SimClock;
  ids: SimIds;
  ticketingDelayMs: number;
  depositBalance: number;
}): SimStore {
  const { clock, ids } = options;
  const orders = new Map<string, SimOrder>();
  const log: SimCall[] = [];
  const listeners: ((order: SimOrder) => void)[] = [];
  let balance = options.depositBalance;

  function issueTickets(order: SimOrder): void {
    const airlinePnr = ids.pnr();
    order.orderStatus = '2';
    order.ticketStatus = '1';
    for (const pax of order.passengers) {
      pax.ticketNos = [ids.ticketNo()];
      pax.airlinePNRs = [airlinePnr];
    }
  }

  function cancel(
    order: SimOrder,
    outcome: Extract<TicketingOutcome, { kind: 'cancelled' }>,
  ): void {
    order.orderStatus = '-3';
    order.errorCode = outcome.errorCode;
    order.errorMessage = outcome.errorMessage;
    order.airlineMessage = outcome.airlineMessage;
  }

  function settle(order: SimOrder): void {
    if (order.orderStatus !== '1' || order.ticketingDueAt === null || !order.pendingTicketing)
      return;
    if (clock.now() < order.ticketingDueAt) return;
    const outcome = order.pendingTicketing;
    order.ticketingDueAt = null;
    order.pendingTicketing = null;
    if (outcome.kind === 'ticketed') issueTickets(order);
    else cancel(order, outcome);
    for (const listener of listeners) listener(order);
  }

  function placeInState(order: SimOrder, spec: SimOrderSpec): void {
    const state = spec.state ?? 'UNPAID';
    if (state === 'UNPAID') return;
    order.orderStatus = WIRE_STATUS[state];
    order.paymentMethod = order.supportPaymentMethods[0] ?? 1;
    order.payTime = order.createdAt;
    if (state === 'TICKETING') {
      order.ticketingDueAt = clock.now() + order.ticketingDelayMs;
      order.pendingTicketing = order.plannedTicketing;
    }
    if (state === 'TICKETED') issueTickets(order);
    if (state === 'CANCELLED') cancel(order, ticketingFailure(spec.cancelErrorCode ?? '604'));
  }

  return {
    clock,
    createOrder(spec, orderNo) {
      if (orderNo !== undefined && orders.has(orderNo)) {
        throw new Error(`order ${orderNo} exists already`);
      }
      const order = buildOrder(spec, {
        clock,
        ids,
        defaultTicketingDelayMs: options.ticketingDelayMs,
      });
      if (orderNo !== undefined) order.orderNo = orderNo;
      placeInState(order, spec);
      orders.set(order.orderNo, order);
      return order;
    },
    getOrder(orderNo) {
      const order = orders.get(orderNo);
      if (order) settle(order);
      return order;
    },
    orders: () => [...orders.values()],
    acceptPayment(order, payment) {
      order.orderStatus = '1';
      order.paymentMethod = payment.method;
      order.cardLast4 = payment.cardLast4;
      order.payTime = clock.now();
      order.ticketingDueAt = clock.now() + order.ticketingDelayMs;
      order.pendingTicketing = payment.outcome;
    },
    confirm(orderNo) {
      const order = orders.get(orderNo);
      if (!order) return { kind: 'unknown-order' };
      if (!order.confirmationSession) {
        return { kind: 'refused', reason: 'no confirmation page: call orderCommit.do first' };
      }
      if (order.orderStatus !== '0') return { kind: 'refused', reason: 'the order is not unpaid' };
      // FR: no confirmation within the hold marks the order expired (orders.md §2).
      if (clock.now() >= order.deadline) return { kind: 'refused', reason: 'the order expired' };
      order.confirmed = true;
      return { kind: 'confirmed', order };
    },
    findBySession(session) {
      for (const order of orders.values()) {
        if (order.confirmationSession === session) return order;
      }
      return undefined;
    },
    regenerate(original) {
      const order = buildOrder(
        {
          carrier: original.carrier,
          segments: original.segments.map((segment) => ({ ...segment })),
          prices: original.prices,
          fareKey: original.fareKey,
          supportPaymentMethods: original.supportPaymentMethods,
          declaredCardBrand: original.declaredCardBrand,
          passengers: original.passengers.map((pax) => ({ ...pax })),
          contact: original.contact,
          totalPrice: original.totalPrice,
          totalTransactionFee: original.totalTransactionFee,
          currency: original.currency,
          vendorTotalPrice: original.vendorTotalPrice,
          vendorCurrency: original.vendorCurrency,
          requiresConfirmation: original.requiresConfirmation,
          paymentProcessingMs: original.paymentProcessingMs,
          ticketingDelayMs: original.ticketingDelayMs,
        },
        { clock, ids, defaultTicketingDelayMs: options.ticketingDelayMs },
      );
      order.regeneratedFrom = original.orderNo;
      original.regeneratedAs = order.orderNo;
      orders.set(order.orderNo, order);
      return order;
    },
    isLive(order) {
      settle(order);
      if (order.orderStatus === '1' || order.orderStatus === '2') return true;
      return order.orderStatus === '0' && clock.now() < order.deadline;
    },
    depositBalance: () => balance,
    setDepositBalance(amount) {
      balance = amount;
    },
    debitDeposit(amount) {
      balance = Math.round((balance - amount) * 100) / 100;
    },
    settleDue() {
      for (const order of orders.values()) settle(order);
    },
    onTransition(listener) {
      listeners.push(listener);
    },
    recordCall(call) {
      log.push({ ...call, at: clock.now() });
    },
    calls: () => [...log],
    clearCalls() {
      log.length = 0;
    },
  };
}
