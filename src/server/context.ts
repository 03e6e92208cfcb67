import { CreateOrder } from '../booking/create-order';
import { PriceOffer } from '../booking/price-offer';
import { SearchFlights } from '../booking/search-flights';
import { Clock } from '../domain/clock';
import { OrderAccess } from '../domain/order-access';
import { Locale } from '../guidance/locale';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { Logger } from '../logging/logger';
import { OrderLinksLoader } from '../orders/order-links.loader';
import { OrderLoader } from '../orders/order.loader';
import { Caller } from '../partners/partner';
import { CallerLimits } from '../partners/partner-limits';
import { PayOrder } from '../payments/pay-order';
import { PaymentHistoryLoader } from '../payments/payment-history';
import { CommitOrder } from '../recovery/commit-order';
import { RegenerateOrder } from '../recovery/regenerate-order';
import { TicketingStreams } from '../ticketing/ticketing-stream';

/**
 * What every resolver receives; built fresh for each request, once its caller is known
 * (src/server/request-context.ts).
 */
export interface GatewayContext {
  requestId: string;
  /** The authenticated partner: the scope of idempotency keys and of order ownership. */
  caller: Caller;
  /** Which orders this caller reaches; everything order-shaped goes through it. */
  access: OrderAccess;
  limits: CallerLimits;
  locale: Locale;
  /** The request's own logger: every line names the request and its partner. Hand it down. */
  logger: Logger;
  /** Only the caller's orders; others read as null without asking Atlas. */
  orders: OrderLoader;
  /** Order.payments, from the ledger. */
  payments: PaymentHistoryLoader;
  /** Order.replacedBy / replaces and the recovery of a regenerated order, from the ledger. */
  links: OrderLinksLoader;
  payOrder: PayOrder;
  recovery: RecoveryFlows;
  booking: BookingFlows;
  ticketing: TicketingStreams;
  /** The gateway's clock: deadlines in Order.recovery are judged by it. */
  clock: Clock;
  /** `field:Member` for each result union returned, for the operation's log line. */
  outcomes: string[];
  metrics: GatewayMetrics;
}

export interface BookingFlows {
  searchFlights: SearchFlights;
  priceOffer: PriceOffer;
  createOrder: CreateOrder;
}

export interface RecoveryFlows {
  commitOrder: CommitOrder;
  regenerateOrder: RegenerateOrder;
}
