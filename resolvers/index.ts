import { GuidanceResolver } from './guidance.resolver';
import { OrderResolver } from './order.resolver';
import { PaymentResolver } from './payment.resolver';
import { TicketingResolver } from './ticketing.resolver';

export const RESOLVERS = [
  OrderResolver,
  PaymentResolver,
  GuidanceResolver,
  TicketingResolver,
] as const;
