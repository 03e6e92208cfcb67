import { isBehind, sameSnapshot, TicketingSnapshot } from './ticketing-snapshot';

export enum TicketingSource {
  POLL = 'POLL',
  WEBHOOK = 'WEBHOOK',
}

/**
 * What travels over pub/sub, possibly between replicas: plain JSON, times as ISO text.
 * `stale` says Atlas has not answered polls for a while, so the state may be out of date.
 */
export interface StateEvent {
  kind: 'state';
  orderNo: string;
  snapshot: TicketingSnapshot;
  source: TicketingSource;
  occurredAt: string;
  stale: boolean;
  lastConfirmedAt: string | null;
}

export type TicketingEvent = StateEvent | { kind: 'notFound'; orderNo: string };

/**
 * Whether `next` tells something `known` did not: it is not older, and it differs in content or
 * in staleness. Pollers, replicas and subscribers all judge news by this one rule.
 */
export function isNews(next: StateEvent, known: StateEvent | null): boolean {
  if (!known) return true;
  if (isBehind(next.snapshot, known.snapshot)) return false;
  return !sameSnapshot(next.snapshot, known.snapshot) || next.stale !== known.stale;
}
