import { atlasPost } from './atlas-http';

/** A travel date `days` from now, as search.do wants it (`yyyyMMdd`). */
export function travelDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
}

export interface ShoppingRequest {
  from: string;
  to: string;
  adults?: number;
  children?: number;
  infants?: number;
  retDate?: string;
}

/** search.do for a catalogue route, straight to the simulator; returns its first routing. */
export async function searchRouting(
  url: string,
  request: ShoppingRequest,
): Promise<Record<string, unknown>> {
  const { json } = await atlasPost(url, 'search.do', {
    tripType: request.retDate ? '2' : '1',
    adultNum: request.adults ?? 1,
    childNum: request.children ?? 0,
    infantNum: request.infants ?? 0,
    fromCity: request.from,
    toCity: request.to,
    fromDate: travelDate(30),
    ...(request.retDate ? { retDate: request.retDate } : {}),
  });
  if (json.status !== 0) throw new Error(`search.do answered ${String(json.status)}`);
  return (json.routings as Record<string, unknown>[])[0]!;
}

/** search.do then verify.do: a live sessionId for order.do. */
export async function verifiedSession(url: string, request: ShoppingRequest): Promise<string> {
  const routing = await searchRouting(url, request);
  const { json } = await atlasPost(url, 'verify.do', {
    routingIdentifier: routing.routingIdentifier,
  });
  if (json.status !== 0) throw new Error(`verify.do answered ${String(json.status)}`);
  return String(json.sessionId);
}
