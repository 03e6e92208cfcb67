/**
 * The same object, counting each rejected call whose error `isFailure` recognises: how ledger and
 * Redis outages reach the metrics without the stores knowing about metrics.
 */
export function countingFailures<T extends object>(
  target: T,
  isFailure: (error: unknown) => boolean,
  onFailure: () => void,
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((error: unknown) => {
          if (isFailure(error)) onFailure();
          throw error;
        });
      };
    },
  });
}
