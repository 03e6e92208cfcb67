import { openEmbeddedTestLedger } from '../support/ledger';
import { orderReplacementsContract } from './order-replacements.contract';

orderReplacementsContract('embedded PGlite', () => openEmbeddedTestLedger());
