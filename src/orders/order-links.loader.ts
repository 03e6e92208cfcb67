import DataLoader from 'dataloader';
import { OrderLinks, OrderReplacements } from '../ledger/order-replacements';

export type OrderLinksLoader = DataLoader<string, OrderLinks>;

/** One per request: the links of every order read in it, in one ledger statement. */
export function createOrderLinksLoader(
  replacements: Pick<OrderReplacements, 'linksOf'>,
): OrderLinksLoader {
  return new DataLoader((orderNos) => replacements.linksOf(orderNos));
}
