import { AtlasClient } from '../atlas/atlas.client';
import { AtlasTransportError, AtlasUnexpectedStatusError } from '../atlas/atlas.errors';
import { lastFour } from '../domain/card';
import { Clock } from '../domain/clock';
import { Logger } from '../logging/logger';
import { PayOrderCommand } from './pay-order.command';
import { precheckFailure } from './pay-order.precheck';
import { validatePayOrder } from './pay-order.validation';
import { PAY_STATUS_CODES, PaymentFailureCode } from './payment-failure-code';
import { PaymentDecisionSource, PaymentFailedOutcome, PaymentOutcome } from './payment-outcome';
import { PaymentRequest } from './payment-request';

export interface PayOrderDeps {
  atlas: Pick<AtlasClient, 'queryOrder' | 'pay'>;
  clock: Clock;
  logger: Logger;
}

export type PayOrder = (command: PayOrderCommand, logger?: Logger) => Promise<PaymentOutcome>;

function failed(
  orderNo: string,
  code: PaymentFailureCode,
  decidedBy: PaymentDecisionSource,
  extra: Partial<Pick<PaymentFailedOutcome, 'atlasStatus' | 'atlasMessage' | 'issues'>> = {},
): PaymentFailedOutcome {
  return {
    kind: 'failed',
    code,
    orderNo,
    decidedBy,
    atlasStatus: extra.atlasStatus ?? null,
    atlasMessage: extra.atlasMessage ?? null,
    issues: extra.issues ?? [],
  };
}

/** validate → pre-check the order → pay.do once → map the status to an outcome. */
export function createPayOrder(deps: PayOrderDeps): PayOrder {
  async function precheck(
    request: PaymentRequest,
    log: Logger,
  ): Promise<PaymentFailedOutcome | null> {
    try {
      const found = await deps.atlas.queryOrder(request.orderNo);
      if (found.kind === 'notFound') {
        return failed(
          request.orderNo,
          PaymentFailureCode.ORDER_NOT_FOUND,
          PaymentDecisionSource.PRE_CHECK,
        );
      }
      const code = precheckFailure(found.order, request.method, deps.clock.now());
      return code ? failed(request.orderNo, code, PaymentDecisionSource.PRE_CHECK) : null;
    } catch (error) {
      if (error instanceof AtlasTransportError || error instanceof AtlasUnexpectedStatusError) {
        log.warn(
          { orderNo: request.orderNo, err: error.message },
          'pre-check could not read the order',
        );
        return failed(
          request.orderNo,
          PaymentFailureCode.ATLAS_UNAVAILABLE,
          PaymentDecisionSource.PRE_CHECK,
        );
      }
      throw error;
    }
  }

  async function sendPayment(request: PaymentRequest, log: Logger): Promise<PaymentOutcome> {
    try {
      const answer = await deps.atlas.pay(request);
      if (answer.atlasStatus === 0) {
        return {
          kind: 'accepted',
          orderNo: request.orderNo,
          method: request.method,
          atlasMessage: answer.atlasMessage,
          cardLast4: request.card ? lastFour(request.card.number) : null,
        };
      }
      const code = PAY_STATUS_CODES.get(answer.atlasStatus) ?? PaymentFailureCode.UNRECOGNIZED;
      if (code === PaymentFailureCode.UNRECOGNIZED) {
        log.warn(
          { orderNo: request.orderNo, atlasStatus: answer.atlasStatus },
          'unrecognised pay.do status',
        );
      }
      return failed(request.orderNo, code, PaymentDecisionSource.ATLAS, {
        atlasStatus: answer.atlasStatus,
        atlasMessage: answer.atlasMessage,
      });
    } catch (error) {
      // pay.do is never retried: a lost answer may hide a completed payment.
      if (error instanceof AtlasTransportError) {
        log.error(
          { orderNo: request.orderNo, kind: error.kind, err: error.message },
          'pay.do outcome unknown',
        );
        return failed(
          request.orderNo,
          PaymentFailureCode.OUTCOME_UNKNOWN,
          PaymentDecisionSource.TRANSPORT,
        );
      }
      throw error;
    }
  }

  return async (command, logger = deps.logger) => {
    const validation = validatePayOrder(command, deps.clock.now());
    if (!validation.ok) {
      return failed(
        command.orderNo,
        PaymentFailureCode.INVALID_REQUEST,
        PaymentDecisionSource.INPUT_CHECK,
        { issues: validation.issues },
      );
    }
    const request = validation.request;
    const precheckOutcome = await precheck(request, logger);
    if (precheckOutcome) return precheckOutcome;
    return sendPayment(request, logger);
  };
}
