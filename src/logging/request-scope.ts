import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line a request causes carries, wherever in the code it is written. */
export interface RequestScope {
  requestId: string;
  partnerId?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` so that every log line it causes, Atlas calls included, names the request. */
export function withinRequest<T>(request: RequestScope, fn: () => T): T {
  return scope.run(request, fn);
}

/**
 * The fields pino mixes into each line; none outside a request. A fresh object each time: pino
 * merges the line's own fields into what this returns, and the scope must not collect them.
 */
export function requestScopeFields(): RequestScope | Record<string, never> {
  const store = scope.getStore();
  if (!store) return {};
  return store.partnerId === undefined
    ? { requestId: store.requestId }
    : { requestId: store.requestId, partnerId: store.partnerId };
}
