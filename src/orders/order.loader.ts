import DataLoader from 'dataloader';
import { AtlasClient } from '../atlas/atlas.client';
import { Order } from '../domain/order';

export type OrderLoader = DataLoader<string, Order | null>;

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

/** One per request: de-duplicates and caches order reads for that request only. */
export function createOrderLoader(atlas: Pick<AtlasClient, 'queryOrder'>): OrderLoader {
  return new DataLoader<string, Order | null>(
    (orderNos) =>
      mapLimited(orderNos, MAX_CONCURRENT_QUERIES, (orderNo) =>
        atlas.queryOrder(orderNo).then(
          (result) => (result.kind === 'found' ? result.order : null),
          (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
        ),
      ),
    { maxBatchSize: 100 },
  );
}
