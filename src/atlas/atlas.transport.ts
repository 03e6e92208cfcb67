import { AtlasTransportError } from './atlas.errors';

export interface TransportRequest {
  endpoint: string;
  headers: Readonly<Record<string, string>>;
  body: unknown;
  timeoutMs: number;
}

export interface TransportResponse {
  httpStatus: number;
  bodyText: string;
  requestId: string | null;
}

/** The one seam between the Atlas client and the network; tests and alternatives plug in here. */
export interface AtlasTransport {
  post(request: TransportRequest): Promise<TransportResponse>;
}

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

/** Node's fetch (undici): pooled keep-alive connections, transparent gzip decoding. */
export function createFetchTransport(options: { baseUrl: string }): AtlasTransport {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  return {
    async post({ endpoint, headers, body, timeoutMs }) {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const response = await fetch(new URL(endpoint, base), {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
          signal,
        });
        const bodyText = await response.text();
        const requestId =
          response.headers.get('x-request-id') ?? response.headers.get('x-atlas-request-id');
        return { httpStatus: response.status, bodyText, requestId };
      } catch (error) {
        if (isTimeout(error)) {
          throw new AtlasTransportError('timeout', endpoint, `no answer within ${timeoutMs} ms`);
        }
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        const detail = cause instanceof Error ? cause.message : String(cause);
        const code = (cause as { code?: unknown }).code;
        const kind =
          typeof code === 'string' && NEVER_CONNECTED.has(code) ? 'unreachable' : 'connection';
        throw new AtlasTransportError(kind, endpoint, detail);
      }
    },
  };
}
