import { openEmbeddedTestLedger } from '../support/ledger';
import { orderOwnersContract } from './order-owners.contract';

orderOwnersContract('embedded PGlite', async () => {
  const { ledger, close } = await openEmbeddedTestLedger();
  return { owners: ledger.owners, close };
});
