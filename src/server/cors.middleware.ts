import cors from 'cors';
import { NextFunction, Request, Response } from 'express';

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

/**
 * Browser checkouts on the listed origins only (`CORS_ORIGINS`, exact matches, no wildcard). A
 * preflight from any other origin is refused with 403 instead of being answered without headers,
 * so the refusal is visible in the browser's network panel.
 */
export function corsMiddleware(origins: readonly string[]) {
  const allowed = new Set(origins);
  const handle = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.header('origin');
    if (req.method === 'OPTIONS' && origin !== undefined && !allowed.has(origin)) {
      res.status(403).json({ error: 'origin not allowed' });
      return;
    }
    handle(req, res, next);
  };
}
