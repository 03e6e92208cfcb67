import { Order } from '../domain/order';

/** Ryanair's IATA code: its orders need the traveller's confirmation before pay.do (orders.md §2). */
const RYANAIR = 'FR';

/** True when the order is Ryanair's; unknown (no airline on the order) counts as not. */
export function needsTravellerConfirmation(order: Order): boolean {
  return order.airlineCodes.includes(RYANAIR);
}
