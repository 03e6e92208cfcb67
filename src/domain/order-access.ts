/**
 * Whether the caller may see or act on an order. Every use case asks before anything else, so an
 * order that is not the caller's is answered exactly like one that does not exist, with no Atlas
 * call and no lock, key or ledger state of another partner showing through.
 */
export interface OrderAccess {
  mayUse(orderNo: string): Promise<boolean>;
  /** Records that an order the gateway has just made belongs to the caller. */
  claim(orderNo: string): Promise<void>;
}
