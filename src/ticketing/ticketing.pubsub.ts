import { createPubSub, PubSub, PubSubEventTarget } from '@graphql-yoga/subscription';
import { TicketingEvent } from './ticketing-event';

type Channels = { [topic: `ticketing:${string}`]: [TicketingEvent] };

/** The narrow pub/sub the ticketing parts use; memory by default, Redis across replicas. */
export interface TicketingPubSub {
  publish(event: TicketingEvent): void;
  /** Events for one order; `return()` on the iterator unsubscribes. */
  subscribe(orderNo: string): AsyncIterableIterator<TicketingEvent>;
  /** The same pub/sub as type-graphql 2 expects it, for buildSchema. */
  readonly graphql: PubSub<Channels>;
}

/** type-graphql 2's pub/sub (graphql-yoga's), over any event target: in-memory when none is given. */
export function createTicketingPubSub(
  eventTarget?: PubSubEventTarget<Channels>,
  channelPrefix = '',
): TicketingPubSub {
  const pubSub = createPubSub<Channels>(eventTarget ? { eventTarget } : {});
  // Channel names carry the deployment's key prefix, so two deployments on one Redis stay apart.
  const topic = (orderNo: string) => `ticketing:${channelPrefix}${orderNo}` as const;
  return {
    publish(event) {
      pubSub.publish(topic(event.orderNo), event);
    },
    subscribe(orderNo) {
      const events = pubSub.subscribe(topic(orderNo));
      return events[Symbol.asyncIterator]() as AsyncIterableIterator<TicketingEvent>;
    },
    graphql: pubSub,
  };
}
