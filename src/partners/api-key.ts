import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'atk_';

/** 256 random bits: nothing to guess, and only its digest is ever stored. */
export function generateApiKey(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function apiKeyDigest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/**
 * Compares against every digest, without stopping at a match, so how long it takes says
 * nothing about which key, or how much of one, matched.
 */
export function matchesAnyDigest(given: Buffer, digests: readonly Buffer[]): boolean {
  let found = false;
  for (const digest of digests) {
    if (timingSafeEqual(given, digest)) found = true;
  }
  return found;
}
