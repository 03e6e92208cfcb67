/** How an order is linked to others by regenerateOrder. */
export interface OrderLinks {
  /** The newest order regenerated from this one. */
  replacedBy: string | null;
  /** The order this one was regenerated from. */
  replaces: string | null;
}

/**
 * Which order replaced which through regenerateOrder. Atlas answers the link once, in the
 * regenerate response, and never again in an order read, so the gateway keeps it.
 */
export interface OrderReplacements {
  /** A replacement has one original; recording the same pair again changes nothing. */
  record(originalOrderNo: string, replacementOrderNo: string, at: Date): Promise<void>;
  /** Each order's links, both ways, in one read; batched by the caller. */
  linksOf(orderNos: readonly string[]): Promise<OrderLinks[]>;
}
