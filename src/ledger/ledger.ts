import { BookingRequests } from './booking-requests';
import { OrderOwners } from './order-owners';
import { OrderReplacements } from './order-replacements';
import { PaymentLedger } from './payment-ledger';

/** Everything that must survive a restart, on one database. */
export interface Ledger {
  payments: PaymentLedger;
  owners: OrderOwners;
  bookings: BookingRequests;
  replacements: OrderReplacements;
  /** Embedded simulator only: drops what an earlier run recorded under the seeded numbers. */
  forgetSimulatedOrders(orderNos: readonly string[]): Promise<void>;
  /** Resolves when the database answers a trivial statement; for readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
