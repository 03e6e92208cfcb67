import {
  COMMIT_GUIDANCE,
  commitGuidance,
  confirmationPageGuidance,
} from '../../src/guidance/commit-guidance.catalogue';
import { Guidance } from '../../src/guidance/guidance';
import { GuidanceEntry } from '../../src/guidance/guidance-entry';
import { Locale } from '../../src/guidance/locale';
import {
  orderRegeneratedGuidance,
  REGENERATE_GUIDANCE,
  regenerateGuidance,
} from '../../src/guidance/regenerate-guidance.catalogue';
import { CommitOutcome } from '../../src/recovery/commit-outcome';
import { RegenerateOutcome } from '../../src/recovery/regenerate-outcome';
import { COMMIT_FAILURE_TYPENAMES } from '../types/commit-order-result.type';
import { Discriminated } from '../types/discriminant';
import { REGENERATE_FAILURE_TYPENAMES } from '../types/regenerate-order-result.type';
import { orderView } from './order.view';

export type ResultView = Discriminated & Record<string, unknown>;

/** A failure member: the outcome's data, plus the catalogue's words and retry verdict. */
export function failureView<Code extends string>(
  typename: string,
  outcome: { code: Code },
  entry: GuidanceEntry,
  guidance: Guidance,
): ResultView {
  return { typename, ...outcome, message: guidance.summary, retryable: entry.retryable, guidance };
}

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
  return failureView(
    COMMIT_FAILURE_TYPENAMES[outcome.code],
    outcome,
    COMMIT_GUIDANCE[outcome.code],
    commitGuidance(outcome.code, locale),
  );
}

export function regenerateResultView(outcome: RegenerateOutcome, locale: Locale): ResultView {
  if (outcome.kind === 'regenerated') {
    return {
      typename: 'OrderRegenerated',
      originalOrderNo: outcome.originalOrderNo,
      order: orderView(outcome.order, locale),
      guidance: orderRegeneratedGuidance(outcome.originalFailureCode, locale),
    };
  }
  return failureView(
    REGENERATE_FAILURE_TYPENAMES[outcome.code],
    outcome,
    REGENERATE_GUIDANCE[outcome.code],
    regenerateGuidance(outcome.code, locale),
  );
}
