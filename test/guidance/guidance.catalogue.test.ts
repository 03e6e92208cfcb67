import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Locale } from '../../src/guidance/locale';
import { localeFromAcceptLanguage } from '../../src/guidance/locale.negotiation';
import { NextAction } from '../../src/guidance/next-action';
import { PAYMENT_GUIDANCE, paymentGuidance } from '../../src/guidance/payment-guidance.catalogue';
import { ticketingFailureGuidance } from '../../src/guidance/ticketing-failure.catalogue';
import { PAY_STATUS_CODES, PaymentFailureCode } from '../../src/payments/payment-failure-code';

describe('payment guidance catalogue', () => {
  for (const code of Object.values(PaymentFailureCode)) {
    it(`has a summary, steps and next actions for ${code} in every locale`, () => {
      for (const locale of Object.values(Locale)) {
        const guidance = paymentGuidance(code, locale);
        assert.ok(guidance.summary.length > 10);
        assert.ok(guidance.steps.length > 0 && guidance.steps.every((step) => step.length > 3));
        assert.ok(guidance.nextActions.length > 0);
        assert.equal(guidance.locale, locale);
      }
      assert.notEqual(
        paymentGuidance(code, Locale.EN).summary,
        paymentGuidance(code, Locale.ZH_CN).summary,
      );
    });
  }

  it('maps every documented pay.do failure status 400–415 (no 405) to a code', () => {
    const documented = [400, 401, 402, 403, 404, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415];
    assert.deepEqual(
      documented.filter((status) => !PAY_STATUS_CODES.has(status)),
      [],
    );
  });

  it('never marks as retryable an outcome where paying again could charge twice', () => {
    for (const code of [
      PaymentFailureCode.ORDER_ALREADY_PAID,
      PaymentFailureCode.ORDER_NOT_PAYABLE,
      PaymentFailureCode.PAYMENT_IN_PROGRESS,
      PaymentFailureCode.OUTCOME_UNKNOWN,
      PaymentFailureCode.AIRLINE_PNR_PENDING,
    ]) {
      assert.equal(PAYMENT_GUIDANCE[code].retryable, false, code);
      assert.equal(
        PAYMENT_GUIDANCE[code].nextActions.includes(NextAction.RETRY_PAYMENT),
        false,
        code,
      );
    }
  });
});

describe('ticketing failure guidance', () => {
  const cases: [string, NextAction[]][] = [
    ['604', [NextAction.REGENERATE_ORDER, NextAction.SWITCH_PAYMENT_METHOD]],
    ['613', [NextAction.REGENERATE_ORDER, NextAction.SWITCH_PAYMENT_METHOD]],
    ['616', [NextAction.REGENERATE_ORDER, NextAction.SWITCH_PAYMENT_METHOD]],
    ['623', [NextAction.REGENERATE_ORDER, NextAction.SWITCH_PAYMENT_METHOD]],
    ['633', [NextAction.REGENERATE_ORDER, NextAction.SWITCH_PAYMENT_METHOD]],
    ['615', [NextAction.WAIT_FOR_TICKETING, NextAction.QUERY_ORDER]],
    ['603', [NextAction.REBOOK, NextAction.CONTACT_SUPPORT]],
    ['605', [NextAction.FIX_PASSENGER_DATA, NextAction.REBOOK]],
    ['611', [NextAction.REGENERATE_ORDER, NextAction.REBOOK, NextAction.CONTACT_SUPPORT]],
  ];
  for (const [code, nextActions] of cases) {
    it(`guides ${code} to ${nextActions.join(' then ')}`, () => {
      assert.deepEqual(ticketingFailureGuidance(code, Locale.EN).nextActions, nextActions);
    });
  }

  it('falls back to a generic meaning for a code it does not know', () => {
    assert.match(ticketingFailureGuidance('6999', Locale.EN).summary, /does not describe/);
  });
});

describe('locale from Accept-Language', () => {
  const cases: [string | undefined, Locale][] = [
    [undefined, Locale.EN],
    ['zh-CN', Locale.ZH_CN],
    ['zh-Hans-CN,zh;q=0.9', Locale.ZH_CN],
    ['en-US,zh-CN;q=0.8', Locale.EN],
    ['fr-FR,zh;q=0.5,en;q=0.4', Locale.ZH_CN],
    ['zh;q=0,en', Locale.EN],
    ['de', Locale.EN],
  ];
  for (const [header, locale] of cases) {
    it(`chooses ${locale} for ${JSON.stringify(header)}`, () => {
      assert.equal(localeFromAcceptLanguage(header), locale);
    });
  }
});
