import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { Logger } from '../logging/logger';
import { createTicketingPubSub, TicketingPubSub } from './ticketing.pubsub';

/**
 * Ticketing events shared by every replica through Redis channels. The yoga event target fires
 * its Redis commands without awaiting them; failures are caught and logged here, since an
 * unhandled rejection would end the process. The clients queue commands while reconnecting.
 */
export function createRedisTicketingPubSub(
  publisher: Redis,
  subscriber: Redis,
  channelPrefix: string,
  logger: Logger,
): TicketingPubSub {
  const logged = (operation: string) => (error: Error) =>
    logger.warn({ operation, err: error.message }, 'redis pub/sub command failed');
  const publishClient = {
    publish: (channel: string, message: string) =>
      publisher.publish(channel, message).catch(logged('publish')),
  };
  const subscribeClient = {
    on: (event: string, listener: (...args: string[]) => void) => subscriber.on(event, listener),
    subscribe: (channel: string) => subscriber.subscribe(channel).catch(logged('subscribe')),
    unsubscribe: (channel: string) => subscriber.unsubscribe(channel).catch(logged('unsubscribe')),
  };
  const eventTarget = createRedisEventTarget({
    publishClient: publishClient as unknown as Redis,
    subscribeClient: subscribeClient as unknown as Redis,
  });
  return createTicketingPubSub(eventTarget, channelPrefix);
}
