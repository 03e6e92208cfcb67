/**
 * Faults the control API can arm on an endpoint. `afterProcessing` applies the request's effect
 * first and then loses the answer: the case where a payment happened but the caller never heard.
 */
export type FaultKind = 'latency' | 'http-error' | 'timeout' | 'reset' | 'garbage' | 'status';

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
}

export function createSimFaults(): SimFaults {
  let armed: FaultSpec[] = [];
  return {
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
