import DataLoader from 'dataloader';
import { Clock } from '../domain/clock';
import { OrderAccess } from '../domain/order-access';
import { OrderOwners } from '../ledger/order-owners';
import { Caller } from './partner';

/**
 * One per request: owners are read in one batch per tick. `orders:any` (the operator's back office)
 * reaches every order without reading owners; everyone else reaches the orders they own.
 */
export function createOrderAccess(caller: Caller, owners: OrderOwners, clock: Clock): OrderAccess {
  // Made on first use: a long-lived subscription's context should not carry an idle loader.
  let ownerOf: DataLoader<string, string | null> | null = null;
  const owner = (orderNo: string) => {
    ownerOf ??= new DataLoader((orderNos) => owners.ownersOf(orderNos), { maxBatchSize: 100 });
    return ownerOf.load(orderNo);
  };
  return {
    async mayUse(orderNo) {
      if (caller.scopes.has('orders:any')) return true;
      return (await owner(orderNo)) === caller.partnerId;
    },
    async claim(orderNo) {
      await owners.claim(orderNo, caller.partnerId, clock.now());
      ownerOf?.clear(orderNo);
    },
  };
}
