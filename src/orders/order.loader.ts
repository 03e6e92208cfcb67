import DataLoader from 'dataloader';
import { AtlasAsker, AtlasClient } from '../atlas/atlas.client';
import { Order } from '../domain/order';
import { OrderAccess } from '../domain/order-access';

export type OrderLoader = DataLoader<string, Order | null>;

/** The most orders one `orders` field may ask for. */
export const MAX_ORDERS_PER_CALL = 50;

/** Atlas has no batch read, so a batch fans out, at most this many queries at a time. */
const MAX_CONCURRENT_QUERIES = 8;

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * One per request: de-duplicates and caches order reads for that request only. An order the
 * caller may not use is null, as an unknown one is, and Atlas is not asked. `asker` is the
 * request's logger, so its Atlas reads are logged under its id.
 */
export function createOrderLoader(
  atlas: Pick<AtlasClient, 'queryOrder'>,
  access: Pick<OrderAccess, 'mayUse'>,
  asker: AtlasAsker,
): OrderLoader {
  return new DataLoader<string, Order | null>(
    async (orderNos) => {
      // All at once, so the owners of the whole batch are read in one statement.
      const allowed = await Promise.all(
        orderNos.map((orderNo) => access.mayUse(orderNo).catch(asError)),
      );
      const reads = orderNos.map((orderNo, index) => ({ orderNo, allowed: allowed[index]! }));
      return mapLimited(reads, MAX_CONCURRENT_QUERIES, async ({ orderNo, allowed }) => {
        if (allowed !== true) return allowed === false ? null : allowed;
        try {
          const result = await atlas.queryOrder(orderNo, asker);
          return result.kind === 'found' ? result.order : null;
        } catch (error) {
          return asError(error);
        }
      });
    },
    { maxBatchSize: 100 },
  );
}
