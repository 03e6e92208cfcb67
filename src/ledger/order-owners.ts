/**
 * Which partner an order belongs to. An order the gateway created or regenerated is claimed by the
 * partner that asked for it; an order it never made has no owner.
 */
export interface OrderOwners {
  /**
   * An order has one owner, whoever claimed it first; a later claim changes nothing. True when
   * this claim made the partner its owner.
   */
  claim(orderNo: string, partnerId: string, at: Date): Promise<boolean>;
  /**
   * The owner of each order, or null; batched by the caller, and by the SQL store across
   * callers.
   */
  ownersOf(orderNos: readonly string[]): Promise<(string | null)[]>;
}
