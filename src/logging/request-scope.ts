import { Logger } from './logger';

/** What every log line a request causes carries, so one `grep` of the id shows the whole request. */
export interface RequestScope {
  requestId: string;
  partnerId?: string;
}

/**
 * The logger a request hands down to everything it calls: each line names the request and its
 * partner. Handed down explicitly rather than found through AsyncLocalStorage, whose promise hooks
 * run for every promise in the process on Node 20 (README, Speed).
 */
export function requestLogger(logger: Logger, scope: RequestScope): Logger {
  return logger.child(
    scope.partnerId === undefined
      ? { requestId: scope.requestId }
      : { requestId: scope.requestId, partnerId: scope.partnerId },
  );
}
