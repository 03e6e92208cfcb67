import express, { Router } from 'express';

/** What the reference checkout is told about the demo it runs against. */
export interface CheckoutSettings {
  /** The folder npm start built examples/checkout into. */
  dir: string;
  /** The demo partner's credential, which the checkout calls the graph with. */
  authorization: string;
  seededOrders: readonly { orderNo: string; label: string }[];
  /** The simulator, whose Ryanair confirmation page the checkout shows in a frame. */
  confirmationOrigin: string;
}

/**
 * The reference checkout at /checkout, on the embedded simulator only: its config.json hands out
 * the demo partner's key, as the Sandbox page does.
 */
export function checkoutRouter(settings: CheckoutSettings): Router {
  // Strict, so /checkout (redirected) and /checkout/ (the app) are different routes.
  const router = Router({ strict: true });
  const policy = [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self' ws: wss:",
    `frame-src ${settings.confirmationOrigin}`,
    "frame-ancestors 'none'",
  ].join('; ');
  const config = JSON.stringify({
    authorization: settings.authorization,
    seededOrders: settings.seededOrders,
  });
  router.get('/checkout', (_req, res) => res.redirect(301, '/checkout/'));
  router.get('/checkout/config.json', (_req, res) => {
    res.set('cache-control', 'no-store');
    res.type('json').send(config);
  });
  router.use(
    '/checkout',
    (_req, res, next) => {
      res.set('content-security-policy', policy);
      next();
    },
    express.static(settings.dir, { index: 'index.html', fallthrough: true }),
  );
  return router;
}
