import { AtlasClient } from '../atlas/atlas.client';
import { Order } from '../domain/order';
import { Logger } from '../logging/logger';
import { readOrder } from '../orders/read-order';
import { PaymentFailureCode } from './payment-failure-code';
import { failedOutcome, PaymentDecisionSource, PaymentFailedOutcome } from './payment-outcome';

export type OrderRead =
  { kind: 'found'; order: Order } | { kind: 'failed'; outcome: PaymentFailedOutcome };

/** The order as Atlas reports it just before paying; when it cannot be read, nothing is paid. */
export async function readOrderForPayment(
  atlas: Pick<AtlasClient, 'queryOrder'>,
  orderNo: string,
  log: Logger,
): Promise<OrderRead> {
  const read = await readOrder(atlas, orderNo, log, 'paying');
  if (read.kind === 'found') return read;
  const code =
    read.kind === 'notFound'
      ? PaymentFailureCode.ORDER_NOT_FOUND
      : PaymentFailureCode.ATLAS_UNAVAILABLE;
  return { kind: 'failed', outcome: failedOutcome(orderNo, code, PaymentDecisionSource.PRE_CHECK) };
}
