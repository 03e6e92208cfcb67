import { createHmac } from 'node:crypto';

/**
 * HMAC-SHA256 under the ledger's hash key, separated by a domain name so that a hash made for
 * one purpose never matches one made for another. What records hold instead of raw keys, cards
 * or passengers: a plain hash of a card number can be reversed by trying every number of a BIN.
 */
export type KeyedHash = (domain: string, parts: unknown[]) => string;

export function createKeyedHash(hashKey: string): KeyedHash {
  return (domain, parts) =>
    createHmac('sha256', hashKey)
      .update(domain)
      .update('\0')
      .update(JSON.stringify(parts))
      .digest('base64url');
}
