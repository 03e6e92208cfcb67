import { Clock } from '../domain/clock';
import { Locale } from '../guidance/locale';
import { Logger } from '../logging/logger';
import { OrderLoader } from '../orders/order.loader';
import { PayOrder } from '../payments/pay-order';
import { PaymentHistoryLoader } from '../payments/payment-history';
import { CommitOrder } from '../recovery/commit-order';
import { RegenerateOrder } from '../recovery/regenerate-order';
import { TicketingStreams } from '../ticketing/ticketing-stream';

/** What every resolver receives; built fresh for each request. */
export interface GatewayContext {
  requestId: string;
  /** X-Caller-Id as sent (empty when absent): the scope of idempotency keys. */
  caller: string;
  locale: Locale;
  logger: Logger;
  orders: OrderLoader;
  /** Order.payments, from the ledger. */
  payments: PaymentHistoryLoader;
  payOrder: PayOrder;
  recovery: RecoveryFlows;
  ticketing: TicketingStreams;
  /** The gateway's clock: deadlines in Order.recovery are judged by it. */
  clock: Clock;
}

export interface RecoveryFlows {
  commitOrder: CommitOrder;
  regenerateOrder: RegenerateOrder;
}
