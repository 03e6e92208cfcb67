import { AtlasAsker, AtlasClient } from '../atlas/atlas.client';
import { AtlasTransportError, AtlasUnexpectedStatusError } from '../atlas/atlas.errors';
import { Order } from '../domain/order';
import { Logger } from '../logging/logger';

export type OrderRead =
  { kind: 'found'; order: Order } | { kind: 'notFound' } | { kind: 'unreadable' };

/**
 * The order as Atlas reports it before acting on it; `unreadable` when Atlas did not answer.
 * `asker` is the request it is read for (its logger, usually `log`), or null for the gateway's own.
 */
export async function readOrder(
  atlas: Pick<AtlasClient, 'queryOrder'>,
  orderNo: string,
  log: Logger,
  purpose: string,
  asker: AtlasAsker = log,
): Promise<OrderRead> {
  try {
    const found = await atlas.queryOrder(orderNo, asker);
    return found.kind === 'notFound' ? { kind: 'notFound' } : { kind: 'found', order: found.order };
  } catch (error) {
    if (error instanceof AtlasTransportError || error instanceof AtlasUnexpectedStatusError) {
      log.warn({ orderNo, err: error.message }, `could not read the order before ${purpose}`);
      return { kind: 'unreadable' };
    }
    throw error;
  }
}
