import { randomUUID } from 'node:crypto';
import { createExpiringMap } from './expiring-map';
import { IdempotencyStore } from './idempotency.store';

type MemoryRecord =
  | { state: 'claimed'; fingerprint: string; token: string; leaseUntil: number }
  | { state: 'settled' | 'unknown'; fingerprint: string; token: string; result: string };

/** Single-process store: every call below runs without an await, so each one is atomic. */
export function createMemoryIdempotencyStore(now: () => number = Date.now): IdempotencyStore {
  const records = createExpiringMap<MemoryRecord>(now);
  return {
    async claim(key, { fingerprint, leaseMs, ttlMs }) {
      const record = records.get(key);
      if (record && record.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (record?.state === 'settled') return { kind: 'settled', result: record.result };
      if (record?.state === 'claimed' && record.leaseUntil > now()) return { kind: 'inFlight' };
      const token = randomUUID();
      records.set(
        key,
        { state: 'claimed', fingerprint, token, leaseUntil: now() + leaseMs },
        ttlMs,
      );
      const previous = !record ? 'none' : record.state === 'unknown' ? 'unknown' : 'abandoned';
      return { kind: 'claimed', token, previous };
    },
    async settle(key, token, { state, result }, ttlMs) {
      const record = records.get(key);
      if (record?.token !== token) return false;
      records.set(key, { state, fingerprint: record.fingerprint, token, result }, ttlMs);
      return true;
    },
    async release(key, token) {
      if (records.get(key)?.token !== token) return false;
      records.delete(key);
      return true;
    },
  };
}
