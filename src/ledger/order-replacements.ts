/**
 * Which order replaced which through regenerateOrder. Atlas answers the link once, in the
 * regenerate response, and never again in an order read, so the gateway keeps it.
 */
export interface OrderReplacements {
  /** A replacement has one original; recording the same pair again changes nothing. */
  record(originalOrderNo: string, replacementOrderNo: string, at: Date): Promise<void>;
  /** For each order, the newest order made from it, or null; batched by the caller. */
  replacementsOf(orderNos: readonly string[]): Promise<(string | null)[]>;
  /** For each order, the order it was made from, or null; batched by the caller. */
  originalsOf(orderNos: readonly string[]): Promise<(string | null)[]>;
}
