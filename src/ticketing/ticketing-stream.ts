import { StateEvent } from './order-status.poller';
import { PollerRegistry } from './poller.registry';
import { TicketingEvent } from './ticketing-event';
import { TicketingOrderNotFoundError } from './ticketing.errors';
import { TicketingPubSub } from './ticketing.pubsub';
import { isBehind, sameSnapshot } from './ticketing-snapshot';
import { TicketingUpdate, updateFrom } from './ticketing-update';

export interface TicketingStreams {
  /**
   * Resolves once the order's current state is known (or `firstStateWaitMs` passed while Atlas is
   * unreachable); rejects with TicketingOrderNotFoundError for an unknown order.
   */
  open(orderNo: string): Promise<AsyncIterableIterator<TicketingUpdate>>;
}

export interface TicketingStreamDeps {
  pubsub: TicketingPubSub;
  registry: PollerRegistry;
  firstStateWaitMs: number;
}

/** A change a subscriber has not seen: newer, and different in content or in staleness. */
function isNews(event: StateEvent, seen: StateEvent | null): boolean {
  if (!seen) return true;
  if (isBehind(event.snapshot, seen.snapshot)) return false;
  return !sameSnapshot(event.snapshot, seen.snapshot) || event.stale !== seen.stale;
}

export function createTicketingStreams(deps: TicketingStreamDeps): TicketingStreams {
  return {
    async open(orderNo) {
      // Subscribe before the poller starts, so its first read cannot be missed.
      const events = deps.pubsub.subscribe(orderNo);
      const lease = deps.registry.acquire(orderNo);
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        lease.release();
        void events.return?.();
      };

      let pending: Promise<IteratorResult<TicketingEvent>> | null = null;
      let first = lease.poller.latest();
      if (!first) {
        pending = events.next();
        let timer: NodeJS.Timeout | undefined;
        const waited = await Promise.race([
          pending,
          new Promise<null>((resolve) => {
            timer = setTimeout(() => resolve(null), deps.firstStateWaitMs);
          }),
        ]);
        clearTimeout(timer);
        if (waited) {
          pending = null;
          first = waited.done ? null : waited.value;
        }
      }
      if (first?.kind === 'notFound') {
        close();
        throw new TicketingOrderNotFoundError(orderNo);
      }

      let seen: StateEvent | null = null;
      let queued: TicketingEvent | null = first;
      let finalSent = false;
      const nextEvent = async (): Promise<TicketingEvent | null> => {
        const result = await (pending ?? events.next());
        pending = null;
        return result.done ? null : result.value;
      };
      const updates: AsyncIterableIterator<TicketingUpdate> = {
        async next() {
          while (!closed && !finalSent) {
            const event = queued ?? (await nextEvent());
            queued = null;
            if (!event) break;
            if (event.kind !== 'state' || !isNews(event, seen)) continue;
            const update = updateFrom(event, seen);
            seen = event;
            finalSent = update.final;
            return { done: false, value: update };
          }
          close();
          return { done: true, value: undefined };
        },
        async return() {
          close();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
      return updates;
    },
  };
}
