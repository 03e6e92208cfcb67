import { openEmbeddedTestLedger } from '../support/ledger';
import { paymentLedgerContract } from './payment-ledger.contract';

paymentLedgerContract('embedded PGlite', () => openEmbeddedTestLedger());
