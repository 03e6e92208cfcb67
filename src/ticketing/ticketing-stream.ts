import { PollerRegistry } from './poller.registry';
import { isNews, StateEvent, TicketingEvent } from './ticketing-event';
import { TicketingOrderNotFoundError } from './ticketing.errors';
import { TicketingFanout } from './ticketing.fanout';
import { TicketingUpdate, updateFrom } from './ticketing-update';

export interface TicketingStreams {
  /**
   * Resolves once the order's current state is known (or `firstStateWaitMs` passed while Atlas is
   * unreachable); rejects with TicketingOrderNotFoundError for an unknown order.
   */
  open(orderNo: string): Promise<AsyncIterableIterator<TicketingUpdate>>;
}

export interface TicketingStreamDeps {
  fanout: TicketingFanout;
  registry: PollerRegistry;
  firstStateWaitMs: number;
}

export function createTicketingStreams(deps: TicketingStreamDeps): TicketingStreams {
  return {
    async open(orderNo) {
      const inbox: TicketingEvent[] = [];
      let wake: (() => void) | null = null;
      const arrived = () => {
        wake?.();
        wake = null;
      };
      // Listen before the poller starts, so its first read cannot be missed.
      const unlisten = deps.fanout.listen(orderNo, (event) => {
        inbox.push(event);
        arrived();
      });
      const lease = deps.registry.acquire(orderNo);
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        unlisten();
        lease.release();
        arrived();
      };

      const known = lease.poller.latest();
      if (known) inbox.unshift(known);
      if (inbox.length === 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, deps.firstStateWaitMs);
        });
        clearTimeout(timer);
      }
      if (inbox[0]?.kind === 'notFound') {
        close();
        throw new TicketingOrderNotFoundError(orderNo);
      }

      let seen: StateEvent | null = null;
      let finalSent = false;
      const updates: AsyncIterableIterator<TicketingUpdate> = {
        async next() {
          while (!closed && !finalSent) {
            const event = inbox.shift();
            if (!event) {
              await new Promise<void>((resolve) => {
                wake = resolve;
              });
              continue;
            }
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
