import {
  COMMIT_GUIDANCE,
  commitGuidance,
  confirmationPageGuidance,
} from '../../src/guidance/commit-guidance.catalogue';
import { Locale } from '../../src/guidance/locale';
import {
  orderRegeneratedGuidance,
  REGENERATE_GUIDANCE,
  regenerateGuidance,
} from '../../src/guidance/regenerate-guidance.catalogue';
import { CommitOutcome } from '../../src/recovery/commit-outcome';
import { RegenerateOutcome } from '../../src/recovery/regenerate-outcome';
import { COMMIT_FAILURE_TYPENAMES } from '../types/commit-order-result.type';
import { Discriminated } from '../types/failure-members';
import { REGENERATE_FAILURE_TYPENAMES } from '../types/regenerate-order-result.type';
import { orderView } from './order.view';

export type ResultView = Discriminated & Record<string, unknown>;

export function commitResultView(outcome: CommitOutcome, locale: Locale): ResultView {
  if (outcome.kind === 'page') {
    return {
      typename: 'ConfirmationPageReady',
      orderNo: outcome.orderNo,
      confirmationUrl: outcome.confirmationUrl,
      display: outcome.display,
      confirmBefore: outcome.confirmBefore,
      guidance: confirmationPageGuidance(locale),
    };
  }
  const guidance = commitGuidance(outcome.code, locale);
  return {
    typename: COMMIT_FAILURE_TYPENAMES[outcome.code],
    ...outcome,
    message: guidance.summary,
    retryable: COMMIT_GUIDANCE[outcome.code].retryable,
    guidance,
  };
}

export function regenerateResultView(
  outcome: RegenerateOutcome,
  locale: Locale,
  now: Date,
): ResultView {
  if (outcome.kind === 'regenerated') {
    return {
      typename: 'OrderRegenerated',
      originalOrderNo: outcome.originalOrderNo,
      order: orderView(outcome.order, locale, now),
      guidance: orderRegeneratedGuidance(outcome.originalFailureCode, locale),
    };
  }
  const guidance = regenerateGuidance(outcome.code, locale);
  return {
    typename: REGENERATE_FAILURE_TYPENAMES[outcome.code],
    ...outcome,
    message: guidance.summary,
    retryable: REGENERATE_GUIDANCE[outcome.code].retryable,
    guidance,
  };
}
