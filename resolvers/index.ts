import { GuidanceResolver } from './guidance.resolver';
import { OrderResolver } from './order.resolver';
import { PaymentResolver } from './payment.resolver';
import { RecoveryResolver } from './recovery.resolver';
import { TicketingResolver } from './ticketing.resolver';

export const RESOLVERS = [
  OrderResolver,
  PaymentResolver,
  RecoveryResolver,
  GuidanceResolver,
  TicketingResolver,
] as const;
