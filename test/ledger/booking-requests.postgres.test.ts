import { openPostgresTestLedger } from '../support/ledger';
import { bookingRequestsContract } from './booking-requests.contract';

bookingRequestsContract('PostgreSQL', () => openPostgresTestLedger());
