import { GuidanceResolver } from './guidance.resolver';
import { OrderResolver } from './order.resolver';
import { PaymentResolver } from './payment.resolver';

export const RESOLVERS = [OrderResolver, PaymentResolver, GuidanceResolver] as const;
