/**
 * Idempotency records: one per (caller, key). A record is claimed while its payment runs, then
 * settled with the result, or marked unknown when pay.do's answer was lost. Results are opaque
 * strings here: the payments layer encodes and parses them.
 */
export type ClaimPrevious = 'none' | 'unknown' | 'abandoned';

export type ClaimResult =
  /** This call owns the key now. `previous` says whether it took over an unfinished attempt. */
  | { kind: 'claimed'; token: string; previous: ClaimPrevious }
  /** The key was first used with a different request. */
  | { kind: 'mismatch' }
  /** Another call holds the key and its lease has not run out. */
  | { kind: 'inFlight' }
  | { kind: 'settled'; result: string };

export interface ClaimOptions {
  fingerprint: string;
  /** How long the claim protects an attempt before another call may take it over. */
  leaseMs: number;
  ttlMs: number;
}

export interface Settlement {
  state: 'settled' | 'unknown';
  result: string;
}

export interface IdempotencyStore {
  claim(key: string, options: ClaimOptions): Promise<ClaimResult>;
  /** Compare-and-set on the claim token: false when a newer claim owns the key. */
  settle(key: string, token: string, settlement: Settlement, ttlMs: number): Promise<boolean>;
  /** Forgets a claim whose call did nothing lasting, so the same key can run again. */
  release(key: string, token: string): Promise<boolean>;
}
