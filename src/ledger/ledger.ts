import { BookingRequests } from './booking-requests';
import { OrderOwners } from './order-owners';
import { PaymentLedger } from './payment-ledger';

/** Everything that must survive a restart, on one database. */
export interface Ledger {
  payments: PaymentLedger;
  owners: OrderOwners;
  bookings: BookingRequests;
  /** Resolves when the database answers a trivial statement; for readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
