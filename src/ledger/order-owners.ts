/** The outcome of claiming an order: an order has one owner, whoever claimed it first. */
export type ClaimResult = 'claimed' | 'alreadyOwned' | 'ownedByAnother';

/**
 * Which partner an order belongs to. An order the gateway created or regenerated is claimed by the
 * partner that asked for it; an order it never made has no owner.
 */
export interface OrderOwners {
  claim(orderNo: string, partnerId: string, at: Date): Promise<ClaimResult>;
  /** The owner of each order, or null; batched by the caller. */
  ownersOf(orderNos: readonly string[]): Promise<(string | null)[]>;
}
