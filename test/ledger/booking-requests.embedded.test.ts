import { openEmbeddedTestLedger } from '../support/ledger';
import { bookingRequestsContract } from './booking-requests.contract';

bookingRequestsContract('embedded PGlite', () => openEmbeddedTestLedger());
