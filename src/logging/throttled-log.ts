import { Logger } from './logger';

/**
 * Logs the first of a kind of event, then at most once per interval with how many were left
 * out: a flood of refused requests must not become a flood of log lines.
 */
export function throttledLog(
  logger: Logger,
  level: 'info' | 'warn',
  message: string,
  intervalMs: number,
  now: () => number = Date.now,
): (fields: Record<string, unknown>) => void {
  let nextAt = 0;
  let suppressed = 0;
  return (fields) => {
    const at = now();
    if (at < nextAt) {
      suppressed += 1;
      return;
    }
    nextAt = at + intervalMs;
    logger[level]({ ...fields, ...(suppressed > 0 ? { suppressed } : {}) }, message);
    suppressed = 0;
  };
}
