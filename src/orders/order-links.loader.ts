import DataLoader from 'dataloader';
import { OrderReplacements } from '../ledger/order-replacements';

/** How an order is linked to others by regenerateOrder. */
export interface OrderLinks {
  /** The newest order regenerated from this one. */
  replacedBy: string | null;
  /** The order this one was regenerated from. */
  replaces: string | null;
}

export type OrderLinksLoader = DataLoader<string, OrderLinks>;

/** One per request: the links of every order read in it, in two ledger statements. */
export function createOrderLinksLoader(
  replacements: Pick<OrderReplacements, 'replacementsOf' | 'originalsOf'>,
): OrderLinksLoader {
  return new DataLoader(async (orderNos) => {
    const [replacedBy, replaces] = await Promise.all([
      replacements.replacementsOf(orderNos),
      replacements.originalsOf(orderNos),
    ]);
    return orderNos.map((_, index) => ({
      replacedBy: replacedBy[index] ?? null,
      replaces: replaces[index] ?? null,
    }));
  });
}
