import { openPostgresTestLedger } from '../support/ledger';
import { orderOwnersContract } from './order-owners.contract';

orderOwnersContract('PostgreSQL', async () => {
  const opened = await openPostgresTestLedger();
  return opened && { owners: opened.ledger.owners, close: opened.close };
});
