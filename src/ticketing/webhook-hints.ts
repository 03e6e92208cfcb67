import { AtlasWebhook } from '../atlas/atlas.webhook';
import { OrderStatus } from '../domain/order';
import { Logger } from '../logging/logger';
import { PollerRegistry } from './poller.registry';
import { StateEvent, TicketingSource } from './ticketing-event';
import { TicketingPubSub } from './ticketing.pubsub';

export type WebhookHints = (webhook: AtlasWebhook, logger: Logger) => void;

/**
 * A webhook is a hint (webhooks.md §2: best effort, the order query is the truth): its state is
 * published at once, and the order's poller reads the order straight away to confirm it.
 * Duplicates and late arrivals are harmless: subscribers and pollers drop what is not newer.
 */
export function createWebhookHints(deps: {
  pubsub: TicketingPubSub;
  registry: PollerRegistry;
  now(): number;
}): WebhookHints {
  return (webhook, logger) => {
    if (webhook.type === 'ignored') {
      logger.info({ eventType: webhook.eventType }, 'ignored an Atlas webhook of another type');
      return;
    }
    // order.cancelled carries no passengers; keep the ones already known so that the
    // confirming read does not count as a change.
    const known = deps.registry.latest(webhook.orderNo);
    const knownPassengers = known?.kind === 'state' ? known.snapshot.passengers : [];
    const event: StateEvent = {
      kind: 'state',
      orderNo: webhook.orderNo,
      snapshot:
        webhook.type === 'order.ticketed'
          ? {
              orderNo: webhook.orderNo,
              status: OrderStatus.TICKETED,
              passengers: webhook.passengers,
              failure: null,
            }
          : {
              orderNo: webhook.orderNo,
              status: OrderStatus.CANCELLED,
              passengers: knownPassengers,
              failure: webhook.failure,
            },
      source: TicketingSource.WEBHOOK,
      occurredAt: new Date(deps.now()).toISOString(),
      stale: false,
      lastConfirmedAt: null,
    };
    logger.info({ orderNo: webhook.orderNo, eventType: webhook.type }, 'Atlas webhook received');
    deps.pubsub.publish(event);
    deps.registry.observe(event);
  };
}
