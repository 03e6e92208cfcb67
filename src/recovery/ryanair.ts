import { Order } from '../domain/order';
import { RYANAIR } from '../domain/ryanair';

/** True when the order is Ryanair's; unknown (no airline on the order) counts as not. */
export function needsTravellerConfirmation(order: Order): boolean {
  return order.airlineCodes.includes(RYANAIR);
}
