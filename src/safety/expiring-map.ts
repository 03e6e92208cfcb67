/** A Map whose entries vanish after their time to live, like Redis keys with PX. */
export interface ExpiringMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V, ttlMs: number): void;
  delete(key: string): void;
}

export function createExpiringMap<V>(now: () => number, sweepEveryMs = 60_000): ExpiringMap<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  // Lookups already ignore expired entries; the sweep only bounds memory for keys never read again.
  setInterval(() => {
    const at = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
  }, sweepEveryMs).unref();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt > now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value, ttlMs) {
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
