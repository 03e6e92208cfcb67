import express, { NextFunction, Request, Response, Router } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { parseAtlasWebhook } from '../atlas/atlas.webhook';
import { Logger } from '../logging/logger';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { throttledLog } from '../logging/throttled-log';
import { WebhookHints } from '../ticketing/webhook-hints';
import { requestLogger } from '../logging/request-scope';
import { inRequestSpan } from './request-span';

export const WEBHOOK_PATH = '/webhooks/atlas';

/** Hashing both sides first makes the comparison constant-time whatever the lengths. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * POST /webhooks/atlas. Atlas signs nothing (webhooks.md §2), so the URL registered with Atlas
 * carries our secret as `?token=`; an `X-Webhook-Token` header is preferred where a proxy can add
 * it. The token is checked before the body is read, so an unauthenticated body is never parsed;
 * no log line carries the URL or body text, and refusals are logged once per interval.
 * Answers quickly: 204 once accepted, 401 without the secret, 400 for a body that is not an event.
 */
export function webhookRouter(options: {
  secret: string;
  hints: WebhookHints;
  logger: Logger;
  metrics: GatewayMetrics;
}): Router {
  const router = express.Router();
  const refused = throttledLog(options.logger, 'warn', 'webhooks refused', 60_000);
  const authenticated = (req: Request, res: Response, next: NextFunction) => {
    const token = req.header('x-webhook-token') ?? req.query.token;
    if (typeof token === 'string' && sameSecret(token, options.secret)) return next();
    options.metrics.webhook('none', 'unauthorized');
    refused({ requestId: String(res.locals.requestId), reason: 'missing or wrong token' });
    res.status(401).json({ error: 'unauthorized' });
  };
  router.post(
    WEBHOOK_PATH,
    authenticated,
    express.json({ limit: '256kb' }),
    (_req: Request, res: Response, next: NextFunction) =>
      inRequestSpan(
        {
          method: 'POST',
          route: WEBHOOK_PATH,
          requestId: String(res.locals.requestId),
          caller: null,
        },
        res,
        next,
      ),
    (req: Request, res: Response) => {
      const log = requestLogger(options.logger, { requestId: String(res.locals.requestId) });
      const parsed = parseAtlasWebhook(req.body);
      if (!parsed.ok) {
        options.metrics.webhook('none', 'invalid');
        refused({
          requestId: String(res.locals.requestId),
          reason: 'not an Atlas event',
          problems: parsed.problems,
        });
        res.status(400).json({ error: 'not an Atlas webhook event', problems: parsed.problems });
        return;
      }
      const { webhook } = parsed;
      options.metrics.webhook(
        webhook.type === 'ignored' ? 'other' : webhook.type,
        webhook.type === 'ignored' ? 'ignored' : 'accepted',
      );
      options.hints(webhook, log);
      res.status(204).end();
    },
  );
  router.use(WEBHOOK_PATH, (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    options.metrics.webhook('none', 'invalid');
    refused({ requestId: String(res.locals.requestId), reason: 'body is not JSON' });
    res.status(400).json({ error: 'body is not JSON' });
  });
  return router;
}
