import { SimOrder } from './sim.model';
import { paxTicketInfos } from './sim.wire';

export interface SimWebhookDelivery {
  type: string;
  orderNo: string;
  /** HTTP status of the receiver, or null when it could not be reached. */
  httpStatus: number | null;
  at: number;
}

export interface SimWebhooks {
  /** updateWebhookURL.do: one URL per account, the last write wins (webhooks.md §1). */
  setUrl(url: string): void;
  url(): string | null;
  /** Sends the event for a ticketing transition, once, best effort (webhooks.md §2). */
  deliver(order: SimOrder): Promise<void>;
  deliveries(): SimWebhookDelivery[];
  clear(): void;
}

/**
 * The documented envelope: cid, type, status -1, data. order.cancelled is documented only for the
 * airline's card decline; the simulator also sends it for its other ticketing failures (613, 616,
 * ...), which webhooks.md marks as an inference.
 */
export function webhookEvent(order: SimOrder, cid: string): { type: string; body: unknown } {
  if (order.orderStatus === '2') {
    return {
      type: 'order.ticketed',
      body: {
        cid,
        type: 'order.ticketed',
        status: -1,
        data: { orderNo: order.orderNo, orderStatus: 2, paxTicketInfos: paxTicketInfos(order) },
      },
    };
  }
  return {
    type: 'order.cancelled',
    body: {
      cid,
      type: 'order.cancelled',
      status: -1,
      data: {
        orderNo: order.orderNo,
        errorCode: order.errorCode,
        errorMessage: order.errorMessage,
      },
    },
  };
}

export function createSimWebhooks(options: { cid: string; now: () => number }): SimWebhooks {
  let target: string | null = null;
  const log: SimWebhookDelivery[] = [];
  return {
    setUrl(url) {
      target = url;
    },
    url: () => target,
    async deliver(order) {
      if (!target) return;
      const event = webhookEvent(order, options.cid);
      let httpStatus: number | null = null;
      try {
        const response = await fetch(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(event.body),
          signal: AbortSignal.timeout(5_000),
        });
        httpStatus = response.status;
        await response.body?.cancel();
      } catch {
        httpStatus = null;
      }
      log.push({ type: event.type, orderNo: order.orderNo, httpStatus, at: options.now() });
    },
    deliveries: () => [...log],
    clear() {
      log.length = 0;
    },
  };
}
