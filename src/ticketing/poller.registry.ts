import { createOrderStatusPoller, OrderStatusPoller, PollerDeps } from './order-status.poller';
import { StateEvent, TicketingEvent } from './ticketing-event';
import { TicketingFanout } from './ticketing.fanout';

export interface PollerLease {
  poller: OrderStatusPoller;
  release(): void;
}

export interface PollerRegistry {
  /** How many orders have a poller now. */
  active(): number;
  /** Starts the order's poller for the first watcher; later watchers share it. */
  acquire(orderNo: string): PollerLease;
  /** A webhook's state for an order someone here is watching; ignored otherwise. */
  observe(event: StateEvent): void;
  /** What this process last knew of a watched order, or null when nobody here watches it. */
  latest(orderNo: string): TicketingEvent | null;
}

/** Reference-counted pollers: the last watcher to leave stops its order's poller. */
export function createPollerRegistry(
  deps: PollerDeps & { fanout: TicketingFanout },
): PollerRegistry {
  const entries = new Map<string, { poller: OrderStatusPoller; refs: number; unlisten(): void }>();
  return {
    active: () => entries.size,
    acquire(orderNo) {
      let entry = entries.get(orderNo);
      if (!entry) {
        const poller = createOrderStatusPoller(orderNo, deps);
        // Updates polled by the leading replica keep this replica's latest state current.
        entry = { poller, refs: 0, unlisten: deps.fanout.listen(orderNo, poller.remember) };
        entries.set(orderNo, entry);
      }
      entry.refs += 1;
      const held = entry;
      let released = false;
      return {
        poller: held.poller,
        release() {
          if (released) return;
          released = true;
          held.refs -= 1;
          if (held.refs === 0 && entries.get(orderNo) === held) {
            held.poller.stop();
            held.unlisten();
            entries.delete(orderNo);
          }
        },
      };
    },
    observe(event) {
      entries.get(event.orderNo)?.poller.observe(event);
    },
    latest: (orderNo) => entries.get(orderNo)?.poller.latest() ?? null,
  };
}
