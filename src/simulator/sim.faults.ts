/**
 * Faults the control API can arm on an endpoint. `afterProcessing` applies the request's effect
 * first and then loses the answer: the case where a payment happened but the caller never heard.
 * `hold` keeps the request unprocessed until the control API releases it, then answers it as
 * usual: a payment that lands after the caller gave up, at a moment the test chooses.
 */
export type FaultKind =
  'latency' | 'http-error' | 'timeout' | 'reset' | 'garbage' | 'status' | 'hold';

export interface FaultSpec {
  endpoint: string;
  kind: FaultKind;
  times: number;
  latencyMs: number;
  httpStatus: number;
  atlasStatus: number;
  afterProcessing: boolean;
}

export interface SimFaults {
  arm(spec: FaultSpec): void;
  take(endpoint: string): FaultSpec | null;
  clear(): void;
  /** Resolves once `release` is called. */
  hold(): Promise<void>;
  /** How many requests are held now. */
  held(): number;
  /** Lets every held request go on; returns how many there were. */
  release(): number;
}

export function createSimFaults(): SimFaults {
  let armed: FaultSpec[] = [];
  let holding: (() => void)[] = [];
  return {
    hold() {
      return new Promise<void>((resolve) => holding.push(resolve));
    },
    held: () => holding.length,
    release() {
      const released = holding;
      holding = [];
      for (const go of released) go();
      return released.length;
    },
    arm(spec) {
      armed.push({ ...spec });
    },
    take(endpoint) {
      const fault = armed.find((f) => f.endpoint === endpoint && f.times > 0);
      if (!fault) return null;
      fault.times -= 1;
      armed = armed.filter((f) => f.times > 0);
      return { ...fault };
    },
    clear() {
      armed = [];
    },
  };
}
