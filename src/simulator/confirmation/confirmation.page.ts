import { SimStore } from '../sim.store';

/**
 * Stands in for Ryanair's confirmation page, so that people trying the gateway can confirm an
 * order in a browser. The URL has the documented shape (partnerId, session, redirectUri) on the
 * simulator's own host. After confirming, the traveller goes to redirectUri with AtlasOrderNumber
 * added, as the FR guide asks the partner's page to accept.
 */
export const CONFIRMATION_PATH = '/_sim/ryanair/flights-confirmation';

export function confirmationPageUrl(
  baseUrl: string,
  session: string,
  redirectUri: string | null,
): string {
  const url = new URL(CONFIRMATION_PATH.slice(1), baseUrl);
  url.searchParams.set('partnerId', 'ATLAS');
  url.searchParams.set('session', session);
  if (redirectUri) url.searchParams.set('redirectUri', redirectUri);
  return url.toString();
}

export interface PageAnswer {
  httpStatus: number;
  headers: Record<string, string>;
  html: string;
}

function page(httpStatus: number, body: string): PageAnswer {
  return {
    httpStatus,
    headers: { 'Content-Type': 'text/html;charset=UTF-8' },
    html: `<!doctype html><html><head><meta charset="utf-8"><title>Ryanair confirmation (simulated)</title></head><body>${body}</body></html>`,
  };
}

/** GET shows the order to confirm; POST confirms it. Only the session in the URL identifies it. */
export function answerConfirmationPage(store: SimStore, method: string, url: URL): PageAnswer {
  const session = url.searchParams.get('session') ?? '';
  const order = session ? store.findBySession(session) : undefined;
  if (!order) return page(404, '<p>This confirmation link is not valid.</p>');
  if (method === 'GET') {
    return page(
      200,
      `<h1>Confirm your Ryanair booking ${order.orderNo}</h1>` +
        '<p>Simulated page: accepting the terms confirms the order for payment.</p>' +
        `<form method="post" action="${CONFIRMATION_PATH}${url.search.replace(/"/g, '&quot;')}">` +
        '<button type="submit">I accept the terms and confirm</button></form>',
    );
  }
  if (method !== 'POST') return page(405, '<p>Method not allowed.</p>');
  const result = store.confirm(order.orderNo);
  if (result.kind !== 'confirmed')
    return page(409, '<p>This booking can no longer be confirmed.</p>');
  const redirectUri = url.searchParams.get('redirectUri');
  if (!redirectUri) return page(200, '<p>Confirmed. You can close this page.</p>');
  const target = new URL(redirectUri);
  target.searchParams.set('AtlasOrderNumber', order.orderNo);
  return { httpStatus: 303, headers: { Location: target.toString() }, html: '' };
}
