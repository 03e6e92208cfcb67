import { OrderOwners } from './order-owners';

/**
 * The owners this process has seen, kept in front of the ledger's. An order's owner never changes
 * once claimed (the first claim wins and nothing removes one), so a known owner stays the right
 * answer on every replica for as long as the process lives, and each order's owner is read from
 * the ledger once instead of at every request that names it. An order with no owner is read again
 * every time: another replica may claim it at any moment. Bounded; the oldest entry goes first.
 */
export function withKnownOwners(owners: OrderOwners, maxEntries: number): OrderOwners {
  const known = new Map<string, string>();
  // Each row read brings its own copy of the partner id; a few partners own every order.
  const partnerIds = new Map<string, string>();
  const remember = (orderNo: string, partnerId: string) => {
    let id = partnerIds.get(partnerId);
    if (id === undefined) partnerIds.set(partnerId, (id = partnerId));
    if (known.size >= maxEntries && !known.has(orderNo)) {
      known.delete(known.keys().next().value!);
    }
    known.set(orderNo, id);
  };
  return {
    async claim(orderNo, partnerId, at) {
      const made = await owners.claim(orderNo, partnerId, at);
      if (made) remember(orderNo, partnerId);
      return made;
    },
    async ownersOf(orderNos) {
      const answers: (string | null | undefined)[] = orderNos.map((orderNo) => known.get(orderNo));
      const unknown = [...new Set(orderNos.filter((_, index) => answers[index] === undefined))];
      if (unknown.length === 0) return answers as (string | null)[];
      const read = await owners.ownersOf(unknown);
      const fresh = new Map(unknown.map((orderNo, index) => [orderNo, read[index] ?? null]));
      for (const [orderNo, owner] of fresh) if (owner !== null) remember(orderNo, owner);
      return orderNos.map((orderNo, index) => answers[index] ?? fresh.get(orderNo) ?? null);
    },
  };
}
