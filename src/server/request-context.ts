import { AtlasClient } from '../atlas/atlas.client';
import { Clock } from '../domain/clock';
import { OrderAccess } from '../domain/order-access';
import { localeFromAcceptLanguage } from '../guidance/locale.negotiation';
import { Locale } from '../guidance/locale';
import { OrderOwners } from '../ledger/order-owners';
import { OrderReplacements } from '../ledger/order-replacements';
import { PaymentLedger } from '../ledger/payment-ledger';
import { Logger } from '../logging/logger';
import { requestLogger } from '../logging/request-scope';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { createOrderLinksLoader, OrderLinksLoader } from '../orders/order-links.loader';
import { createOrderLoader, OrderLoader } from '../orders/order.loader';
import { createOrderAccess } from '../partners/order-access';
import { Caller } from '../partners/partner';
import { CallerLimits } from '../partners/partner-limits';
import { PayOrder } from '../payments/pay-order';
import { createPaymentHistoryLoader, PaymentHistoryLoader } from '../payments/payment-history';
import { TicketingStreams } from '../ticketing/ticketing-stream';
import { BookingFlows, GatewayContext, RecoveryFlows } from './context';

/** What every request's context shares: made once, with the gateway. */
export interface ContextDeps {
  atlas: AtlasClient;
  owners: OrderOwners;
  ledger: PaymentLedger;
  replacements: OrderReplacements;
  limitsOf(caller: Caller): CallerLimits;
  logger: Logger;
  payOrder: PayOrder;
  recovery: RecoveryFlows;
  booking: BookingFlows;
  ticketing: TicketingStreams;
  clock: Clock;
  metrics: GatewayMetrics;
}

/** What the transport knows of a request when its context is made. */
export interface ContextRequest {
  requestId: string;
  caller: Caller;
  acceptLanguage: string | undefined;
}

/**
 * A request's context. Its loaders and limits are made on first use: most requests need one or
 * two of them, and a subscription's context lives for hours. They are getters on the class, not on
 * each object, because Apollo Server copies the context's own properties for every request, which
 * would call an own getter and make them all.
 */
class RequestContext implements GatewayContext {
  readonly access: OrderAccess;
  readonly logger: Logger;
  readonly locale: Locale;
  readonly outcomes: string[] = [];
  readonly payOrder: PayOrder;
  readonly recovery: RecoveryFlows;
  readonly booking: BookingFlows;
  readonly ticketing: TicketingStreams;
  readonly clock: Clock;
  readonly metrics: GatewayMetrics;
  private ordersLoader: OrderLoader | undefined = undefined;
  private paymentsLoader: PaymentHistoryLoader | undefined = undefined;
  private linksLoader: OrderLinksLoader | undefined = undefined;
  private callerLimits: CallerLimits | undefined = undefined;

  constructor(
    private readonly deps: ContextDeps,
    readonly requestId: string,
    readonly caller: Caller,
    acceptLanguage: string | undefined,
  ) {
    this.access = createOrderAccess(caller, deps.owners, deps.clock);
    // The caller is null only for the Sandbox page, which never reaches a resolver.
    this.logger = requestLogger(deps.logger, {
      requestId,
      partnerId: (caller as Caller | null)?.partnerId,
    });
    this.locale = localeFromAcceptLanguage(acceptLanguage);
    this.payOrder = deps.payOrder;
    this.recovery = deps.recovery;
    this.booking = deps.booking;
    this.ticketing = deps.ticketing;
    this.clock = deps.clock;
    this.metrics = deps.metrics;
  }

  get limits(): CallerLimits {
    return (this.callerLimits ??= this.deps.limitsOf(this.caller));
  }
  get orders(): OrderLoader {
    return (this.ordersLoader ??= createOrderLoader(this.deps.atlas, this.access, this.logger));
  }
  get payments(): PaymentHistoryLoader {
    return (this.paymentsLoader ??= createPaymentHistoryLoader(this.deps.ledger));
  }
  get links(): OrderLinksLoader {
    return (this.linksLoader ??= createOrderLinksLoader(this.deps.replacements));
  }
}

export function createContextFactory(
  deps: ContextDeps,
): (request: ContextRequest) => GatewayContext {
  return (request) =>
    new RequestContext(deps, request.requestId, request.caller, request.acceptLanguage);
}
