import { TicketingEvent } from './ticketing-event';
import { TicketingPubSub } from './ticketing.pubsub';

export type TicketingListener = (event: TicketingEvent) => void;

export interface TicketingFanout {
  /** Registers at once (nothing published after this call is missed); returns the way out. */
  listen(orderNo: string, listener: TicketingListener): () => void;
}

/**
 * One pub/sub subscription per watched order in this process, shared by all of its subscribers:
 * a thousand subscribers cost one event listener (and, with Redis, one channel), not a thousand.
 */
export function createTicketingFanout(pubsub: TicketingPubSub): TicketingFanout {
  const topics = new Map<string, { listeners: Set<TicketingListener>; stop(): void }>();

  function open(orderNo: string) {
    const events = pubsub.subscribe(orderNo);
    const listeners = new Set<TicketingListener>();
    // `for await` asks for the first event synchronously, which attaches the listener now.
    void (async () => {
      for await (const event of { [Symbol.asyncIterator]: () => events }) {
        for (const listener of listeners) listener(event);
      }
    })();
    return { listeners, stop: () => void events.return?.() };
  }

  return {
    listen(orderNo, listener) {
      let topic = topics.get(orderNo);
      if (!topic) {
        topic = open(orderNo);
        topics.set(orderNo, topic);
      }
      const held = topic;
      held.listeners.add(listener);
      return () => {
        held.listeners.delete(listener);
        if (held.listeners.size === 0 && topics.get(orderNo) === held) {
          held.stop();
          topics.delete(orderNo);
        }
      };
    },
  };
}
