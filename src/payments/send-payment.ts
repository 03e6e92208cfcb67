import { AtlasClient } from '../atlas/atlas.client';
import { AtlasTransportError } from '../atlas/atlas.errors';
import { lastFour } from '../domain/card';
import { Logger } from '../logging/logger';
import { PAY_STATUS_CODES, PaymentFailureCode } from './payment-failure-code';
import { failedOutcome, PaymentDecisionSource, PaymentOutcome } from './payment-outcome';
import { PaymentRequest } from '../domain/payment-request';

/**
 * One pay.do, its status mapped to an outcome. Never retried: a lost answer may hide a payment.
 * Only a connection that was never made is AtlasUnavailable; every other loss is unknown.
 */
export async function sendPayment(
  atlas: Pick<AtlasClient, 'pay'>,
  request: PaymentRequest,
  log: Logger,
): Promise<PaymentOutcome> {
  try {
    const answer = await atlas.pay(request, log);
    if (answer.atlasStatus === 0) {
      return {
        kind: 'accepted',
        orderNo: request.orderNo,
        method: request.method,
        atlasMessage: answer.atlasMessage,
        cardLast4: request.card ? lastFour(request.card.number) : null,
        decidedBy: PaymentDecisionSource.ATLAS,
      };
    }
    const code = PAY_STATUS_CODES.get(answer.atlasStatus) ?? PaymentFailureCode.UNRECOGNIZED;
    if (code === PaymentFailureCode.UNRECOGNIZED) {
      log.warn(
        { orderNo: request.orderNo, atlasStatus: answer.atlasStatus },
        'unrecognised pay.do status',
      );
    }
    return failedOutcome(request.orderNo, code, PaymentDecisionSource.ATLAS, {
      atlasStatus: answer.atlasStatus,
      atlasMessage: answer.atlasMessage,
    });
  } catch (error) {
    if (error instanceof AtlasTransportError && error.kind === 'unreachable') {
      log.warn(
        { orderNo: request.orderNo, err: error.message },
        'pay.do never left: Atlas unreachable',
      );
      return failedOutcome(
        request.orderNo,
        PaymentFailureCode.ATLAS_UNAVAILABLE,
        PaymentDecisionSource.TRANSPORT,
      );
    }
    if (error instanceof AtlasTransportError) {
      log.error(
        { orderNo: request.orderNo, kind: error.kind, err: error.message },
        'pay.do outcome unknown',
      );
      return failedOutcome(
        request.orderNo,
        PaymentFailureCode.OUTCOME_UNKNOWN,
        PaymentDecisionSource.TRANSPORT,
      );
    }
    throw error;
  }
}
