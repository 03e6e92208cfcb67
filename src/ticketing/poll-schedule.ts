/** How often a watched order is read; Atlas's own CLI waits 1, 2, 3, 5, 8, 13, 21, then 30 s. */
export interface PollSchedule {
  intervalsMs: number[];
  /** 0.2 spreads each wait over ±20 %, so orders paid together are not polled together. */
  jitter: number;
  /** After this long without an answer from Atlas, updates say the state is stale. */
  staleAfterMs: number;
}

export const ATLAS_CLI_INTERVALS_MS = [1_000, 2_000, 3_000, 5_000, 8_000, 13_000, 21_000, 30_000];

export function pollDelayMs(schedule: PollSchedule, step: number, random = Math.random): number {
  const { intervalsMs, jitter } = schedule;
  const base = intervalsMs[Math.min(step, intervalsMs.length - 1)]!;
  return Math.max(0, Math.round(base * (1 + jitter * (2 * random() - 1))));
}

/** Long enough for the leader to renew at its longest interval even after a slow read. */
export function leaderLeaseMs(schedule: PollSchedule): number {
  return 2 * Math.max(...schedule.intervalsMs) * (1 + schedule.jitter) + 10_000;
}
