/** Real time plus an offset that tests and the control API can move forward. */
export interface SimClock {
  now(): number;
  advance(ms: number): void;
}

export function createSimClock(): SimClock {
  let offsetMs = 0;
  return {
    now: () => Date.now() + offsetMs,
    advance: (ms) => {
      offsetMs += ms;
    },
  };
}
