import cors from 'cors';
import { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './graphql-refusal';

/** What a browser client sends besides the body: the credential, CSRF header and operation name. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept-language',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
];
const EXPOSED_HEADERS = ['RateLimit', 'RateLimit-Policy', 'Retry-After', 'X-Request-Id'];

/** True when the request goes on; false when CORS answered it (a preflight, or a refusal). */
export type CorsStep = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Browser checkouts on the listed origins only (`CORS_ORIGINS`, exact matches, no wildcard). A
 * preflight from any other origin is refused with 403 instead of being answered without headers,
 * so the refusal is visible in the browser's network panel.
 */
export function corsStep(origins: readonly string[]): CorsStep {
  const allowed = new Set(origins);
  const handle = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  return async (req, res) => {
    const origin = req.headers.origin;
    if (origin === undefined) {
      // Server-to-server: nothing for CORS to say, but a shared cache must still key on Origin.
      res.setHeader('Vary', 'Origin');
      return true;
    }
    if (req.method === 'OPTIONS') {
      if (allowed.has(origin)) handle(req, res, () => undefined);
      else sendJson(res, 403, { error: 'origin not allowed' });
      return false;
    }
    return new Promise<boolean>((resolve, reject) =>
      handle(req, res, (error?: unknown) => (error ? reject(error) : resolve(true))),
    );
  };
}
