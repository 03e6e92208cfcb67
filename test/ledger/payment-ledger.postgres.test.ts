import { openPostgresTestLedger } from '../support/ledger';
import { paymentLedgerContract } from './payment-ledger.contract';

paymentLedgerContract('PostgreSQL', () => openPostgresTestLedger());
