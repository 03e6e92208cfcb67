import { TicketingSnapshot } from './ticketing-snapshot';

export enum TicketingSource {
  POLL = 'POLL',
  WEBHOOK = 'WEBHOOK',
}

/**
 * What travels over pub/sub, possibly between replicas: plain JSON, times as ISO text.
 * `stale` says Atlas has not answered polls for a while, so the state may be out of date.
 */
export type TicketingEvent =
  | {
      kind: 'state';
      orderNo: string;
      snapshot: TicketingSnapshot;
      source: TicketingSource;
      occurredAt: string;
      stale: boolean;
      lastConfirmedAt: string | null;
    }
  | { kind: 'notFound'; orderNo: string };
