import { BookingResolver } from './booking.resolver';
import { GuidanceResolver } from './guidance.resolver';
import { MoneyResolver } from './money.resolver';
import { NodeResolver } from './node.resolver';
import { OrderLinksResolver } from './order-links.resolver';
import { OrderPaymentsResolver } from './order-payments.resolver';
import { OrderResolver } from './order.resolver';
import { PaymentResolver } from './payment.resolver';
import { RecoveryResolver } from './recovery.resolver';
import { TicketingResolver } from './ticketing.resolver';

export const RESOLVERS = [
  OrderResolver,
  NodeResolver,
  OrderLinksResolver,
  MoneyResolver,
  BookingResolver,
  OrderPaymentsResolver,
  PaymentResolver,
  RecoveryResolver,
  GuidanceResolver,
  TicketingResolver,
] as const;
