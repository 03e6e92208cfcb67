import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { Pool } from 'undici';
import { AtlasTransportError } from './atlas.errors';
import { AtlasTransport } from './atlas.transport';
import { failureOf } from './transport-failure';

const gunzipAsync = promisify(gunzip);

export interface UndiciTransportOptions {
  baseUrl: string;
  /** Most sockets open to Atlas at once; requests beyond wait in the pool's queue. */
  connections: number;
}

/**
 * undici's Pool: keep-alive sockets to one origin, bounded, with none of fetch's web streams.
 * Atlas answers gzip when asked, so the body is decoded here.
 */
export function createUndiciTransport(
  options: UndiciTransportOptions,
): AtlasTransport & { close(): Promise<void> } {
  const base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const pool = new Pool(base.origin, { connections: options.connections, pipelining: 1 });
  return {
    async post({ endpoint, headers, body, timeoutMs }) {
      const url = new URL(endpoint, base);
      // Not AbortSignal.timeout(): each call would leave its timer, a weak reference and a
      // finalization-registry entry alive until the timeout (10 s for reads, 30 s for pay.do),
      // tens of thousands of them under load, whether or not Atlas answered long before.
      const deadline = new AbortController();
      const timer = setTimeout(
        () => deadline.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')),
        timeoutMs,
      );
      try {
        const response = await pool.request({
          path: `${url.pathname}${url.search}`,
          method: 'POST',
          headers,
          body: JSON.stringify(body),
          signal: deadline.signal,
        });
        const raw = Buffer.from(await response.body.arrayBuffer());
        const encoding = String(response.headers['content-encoding'] ?? '');
        const bodyText = (/\bgzip\b/.test(encoding) ? await gunzipAsync(raw) : raw).toString(
          'utf8',
        );
        const requestId =
          response.headers['x-request-id'] ?? response.headers['x-atlas-request-id'];
        return {
          httpStatus: response.statusCode,
          bodyText,
          requestId: typeof requestId === 'string' ? requestId : null,
        };
      } catch (error) {
        if (error instanceof AtlasTransportError) throw error;
        throw failureOf(error, endpoint, timeoutMs);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.close(),
  };
}
