import { AtlasClient } from '../atlas/atlas.client';
import { AtlasTransportError, AtlasUnexpectedStatusError } from '../atlas/atlas.errors';
import { Order } from '../domain/order';
import { Logger } from '../logging/logger';
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
  const fail = (code: PaymentFailureCode): OrderRead => ({
    kind: 'failed',
    outcome: failedOutcome(orderNo, code, PaymentDecisionSource.PRE_CHECK),
  });
  try {
    const found = await atlas.queryOrder(orderNo);
    return found.kind === 'notFound'
      ? fail(PaymentFailureCode.ORDER_NOT_FOUND)
      : { kind: 'found', order: found.order };
  } catch (error) {
    if (error instanceof AtlasTransportError || error instanceof AtlasUnexpectedStatusError) {
      log.warn({ orderNo, err: error.message }, 'could not read the order before paying');
      return fail(PaymentFailureCode.ATLAS_UNAVAILABLE);
    }
    throw error;
  }
}
