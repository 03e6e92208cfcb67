/** One thing the gateway needs to serve payments: the ledger, Redis, Atlas. */
export interface DependencyCheck {
  name: string;
  /** Resolves when the dependency answers; rejects (or takes too long) when it does not. */
  check(): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  shuttingDown: boolean;
  checks: Record<string, 'up' | 'down'>;
}

export interface Readiness {
  report(): Promise<ReadinessReport>;
  /** From now on the gateway reports not ready, so load balancers stop sending to it. */
  beginShutdown(): void;
}

/**
 * Each check runs at most once per `cacheMs` and may take `timeoutMs`, so a readiness probe every
 * second costs the dependencies little, and a dependency that hangs reads as down, not as a hang.
 */
export function createReadiness(
  checks: readonly DependencyCheck[],
  { cacheMs = 5_000, timeoutMs = 2_000, now = Date.now } = {},
): Readiness {
  let shuttingDown = false;
  const cached = new Map<string, { at: number; result: Promise<'up' | 'down'> }>();
  const run = (check: DependencyCheck): Promise<'up' | 'down'> => {
    let timer: NodeJS.Timeout | undefined;
    const overdue = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
    });
    return Promise.race([check.check(), overdue])
      .then(
        () => 'up' as const,
        () => 'down' as const,
      )
      .finally(() => clearTimeout(timer));
  };
  const state = (check: DependencyCheck) => {
    const hit = cached.get(check.name);
    if (hit && now() - hit.at < cacheMs) return hit.result;
    const result = run(check);
    cached.set(check.name, { at: now(), result });
    return result;
  };
  return {
    async report() {
      const results = await Promise.all(checks.map(state));
      const entries = checks.map((check, index) => [check.name, results[index]!] as const);
      return {
        ready: !shuttingDown && results.every((result) => result === 'up'),
        shuttingDown,
        checks: Object.fromEntries(entries),
      };
    },
    beginShutdown() {
      shuttingDown = true;
    },
  };
}
