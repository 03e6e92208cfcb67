import { SimOrder } from '../sim.model';
import { SimStore } from '../sim.store';
import { orderCreatedResponse } from '../sim.wire';
import { orderRefused as fail, SimEndpoint, textField } from './endpoint';

/**
 * regenerateOrder.do (orders.md §3): a new unpaid order with the original's trip and passengers.
 * Where the docs are silent the simulator chooses: an unknown original is 307 (the order.do enum
 * has no "not found"); a paid original is the legacy 314; and an original that still has a live
 * order for the same trip (itself unpaid inside its deadline, or an earlier regeneration) is 318
 * with that order in duplicateOrders, as order.do does for the same passengers and flights.
 */

function liveDuplicates(store: SimStore, original: SimOrder): string[] {
  const live: string[] = [];
  const seen = new Set<string>();
  for (let order: SimOrder | undefined = original; order && !seen.has(order.orderNo);) {
    seen.add(order.orderNo);
    if (store.isLive(order)) live.push(order.orderNo);
    order = order.regeneratedAs ? store.getOrder(order.regeneratedAs) : undefined;
  }
  return live;
}

export function createRegenerateOrderEndpoint(store: SimStore): SimEndpoint {
  return async (body) => {
    const originalOrderNo = textField((body as Record<string, unknown>).originalOrderNo);
    if (!originalOrderNo) return fail(100, 'originalOrderNo is required');
    const original = store.getOrder(originalOrderNo);
    if (!original) return fail(307, 'Illegal parameter: originalOrderNo does not exist');
    if (original.orderStatus === '1' || original.orderStatus === '2') {
      return fail(314, 'The original order is ticketing or ticketed and cannot be regenerated');
    }
    const duplicates = liveDuplicates(store, original);
    if (duplicates.length > 0) return fail(318, 'Duplicate booking suspected', duplicates);
    const order = store.regenerate(original);
    return {
      orderNo: order.orderNo,
      body: {
        ...orderCreatedResponse(order, null),
        originalOrderNo,
        requestId: null,
        clientRequestId: null,
      },
    };
  };
}
