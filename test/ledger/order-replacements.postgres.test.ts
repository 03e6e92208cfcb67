import { openPostgresTestLedger } from '../support/ledger';
import { orderReplacementsContract } from './order-replacements.contract';

orderReplacementsContract('PostgreSQL', () => openPostgresTestLedger());
