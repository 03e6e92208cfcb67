/**
 * Card data and credentials are never passed to the logger on purpose; this is the second line of
 * defence in case a request body, an input object or a header set ever reaches a log call. It
 * censors these keys at any depth, where pino's path-based redaction only knew the paths listed
 * and cost more than the rest of the log line.
 */
/** Compared in lower case: header names and field names alike. */
const CENSORED_KEYS = new Set([
  'card',
  'creditcard',
  'cvv',
  'authorization',
  'x-atlas-client-secret',
  'x-webhook-token',
]);

const CENSORED = '[redacted]';

/** Log objects are shallow; anything deeper is more likely a mistake than worth reading. */
const MAX_DEPTH = 8;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** `value` with every censored key's value replaced; copies only what it changes. */
export function censorSecrets<T>(value: T, depth = 0): T {
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return CENSORED as T;
    let copy: unknown[] | null = null;
    value.forEach((item: unknown, index) => {
      const censored = censorSecrets(item, depth + 1);
      if (censored !== item) (copy ??= [...value])[index] = censored;
    });
    return (copy ?? value) as T;
  }
  if (!isPlainObject(value)) return value;
  if (depth >= MAX_DEPTH) return CENSORED as T;
  let copy: Record<string, unknown> | null = null;
  for (const key in value) {
    const item = value[key];
    const censored = CENSORED_KEYS.has(key.toLowerCase())
      ? item === undefined
        ? item
        : CENSORED
      : censorSecrets(item, depth + 1);
    if (censored !== item) (copy ??= { ...value })[key] = censored;
  }
  return (copy ?? value) as T;
}
