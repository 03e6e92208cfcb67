import { AtlasClient } from '../atlas/atlas.client';
import { AtlasTransportError, AtlasUnexpectedStatusError } from '../atlas/atlas.errors';
import { Logger } from '../logging/logger';
import { PollLeadership } from './poll-leadership';
import { PollSchedule, pollDelayMs } from './poll-schedule';
import { isNews, StateEvent, TicketingEvent, TicketingSource } from './ticketing-event';
import { isFinal, sameSnapshot, snapshotOf, TicketingSnapshot } from './ticketing-snapshot';

export interface OrderStatusPoller {
  /** The newest known state (from a poll or a webhook), or the not-found verdict. */
  latest(): TicketingEvent | null;
  /** A webhook's state: adopted at once unless older than what is known, then confirmed by a poll. */
  observe(event: StateEvent): void;
  /** An update another replica published: kept as the latest state, never re-published. */
  remember(event: TicketingEvent): void;
  pollNow(): void;
  stop(): void;
}

export interface PollerDeps {
  atlas: Pick<AtlasClient, 'queryOrder'>;
  publish(event: TicketingEvent): void;
  schedule: PollSchedule;
  leadership: PollLeadership;
  /** Caps concurrent upstream polls across every poller. */
  limit<T>(task: () => Promise<T>): Promise<T>;
  now(): number;
  logger: Logger;
}

type Phase =
  | { phase: 'waiting'; timer: NodeJS.Timeout }
  | { phase: 'polling'; again: boolean }
  | { phase: 'stopped' };

/** One per watched order, however many subscribers: reads it on a growing interval until final. */
export function createOrderStatusPoller(orderNo: string, deps: PollerDeps): OrderStatusPoller {
  let state: Phase = { phase: 'polling', again: false };
  let latest: TicketingEvent | null = null;
  let step = 0;
  let lastSuccessAt = deps.now();
  let stale = false;
  // Every replica reads once when it starts watching, so its first subscriber sees the state now.
  let firstRead = true;

  const iso = (ms: number) => new Date(ms).toISOString();
  // A function, not an inline test: `stop()` may run while a read is awaited.
  const isStopped = () => state.phase === 'stopped';

  const latestState = () => (latest?.kind === 'state' ? latest : null);

  function schedule(): void {
    if (state.phase === 'stopped') return;
    const timer = setTimeout(() => void poll(), pollDelayMs(deps.schedule, step));
    step += 1;
    state = { phase: 'waiting', timer };
  }

  function stop(): void {
    if (state.phase === 'stopped') return;
    if (state.phase === 'waiting') clearTimeout(state.timer);
    state = { phase: 'stopped' };
    void deps.leadership.resign(orderNo);
  }

  /** Publishes the state when it is news; a change of content restarts the interval series. */
  function adopt(snapshot: TicketingSnapshot, source: TicketingSource): void {
    const known = latestState();
    const event: StateEvent = {
      kind: 'state',
      orderNo,
      snapshot,
      source,
      occurredAt: iso(deps.now()),
      stale,
      lastConfirmedAt: iso(lastSuccessAt),
    };
    if (!isNews(event, known)) return;
    if (!known || !sameSnapshot(snapshot, known.snapshot)) step = 0;
    latest = event;
    deps.publish(event);
  }

  async function poll(): Promise<void> {
    if (state.phase === 'stopped') return;
    state = { phase: 'polling', again: false };
    const leads = firstRead || (await deps.leadership.claim(orderNo));
    firstRead = false;
    if (isStopped()) return;
    if (!leads) {
      schedule();
      return;
    }
    try {
      const found = await deps.limit(() => deps.atlas.queryOrder(orderNo, null));
      if (isStopped()) return;
      if (found.kind === 'notFound') {
        latest = { kind: 'notFound', orderNo };
        deps.publish(latest);
        stop();
        return;
      }
      lastSuccessAt = deps.now();
      stale = false;
      const snapshot = snapshotOf(found.order);
      adopt(snapshot, TicketingSource.POLL);
      if (isFinal(snapshot)) {
        stop();
        return;
      }
    } catch (error) {
      if (!(error instanceof AtlasTransportError || error instanceof AtlasUnexpectedStatusError)) {
        deps.logger.error({ orderNo, err: (error as Error).message }, 'ticketing poll failed');
      }
      if (isStopped()) return;
      if (!stale && deps.now() - lastSuccessAt >= deps.schedule.staleAfterMs) {
        stale = true;
        const known = latestState();
        if (known) adopt(known.snapshot, TicketingSource.POLL);
      }
    }
    // A webhook that arrived during this read asked for a fresh one.
    const current: Phase = state;
    if (current.phase === 'polling' && current.again) void poll();
    else schedule();
  }

  void poll();

  return {
    latest: () => latest,
    observe(event) {
      if (state.phase === 'stopped') return;
      adopt(event.snapshot, TicketingSource.WEBHOOK);
      this.pollNow();
    },
    remember(event) {
      if (event.kind !== 'state' || !isNews(event, latestState())) return;
      latest = event;
      if (isFinal(event.snapshot)) stop();
    },
    pollNow() {
      if (state.phase === 'waiting') {
        clearTimeout(state.timer);
        void poll();
      } else if (state.phase === 'polling') {
        state.again = true;
      }
    },
    stop,
  };
}
