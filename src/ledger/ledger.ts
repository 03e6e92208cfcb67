import { OrderOwners } from './order-owners';
import { PaymentLedger } from './payment-ledger';

/** Everything that must survive a restart, on one database. */
export interface Ledger {
  payments: PaymentLedger;
  owners: OrderOwners;
  close(): Promise<void>;
}
