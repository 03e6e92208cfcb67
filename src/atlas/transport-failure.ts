import { AtlasTransportError } from './atlas.errors';

/** Failures of connect() itself: not one byte of the request was written. */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** What a failed request was, as the Atlas client's typed error: timeout, never connected, or lost. */
export function failureOf(
  error: unknown,
  endpoint: string,
  timeoutMs: number,
): AtlasTransportError {
  if (isTimeout(error)) {
    return new AtlasTransportError('timeout', endpoint, `no answer within ${timeoutMs} ms`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const detail = cause instanceof Error ? cause.message : String(cause);
  const code = (cause as { code?: unknown }).code;
  const kind = typeof code === 'string' && NEVER_CONNECTED.has(code) ? 'unreachable' : 'connection';
  return new AtlasTransportError(kind, endpoint, detail);
}
