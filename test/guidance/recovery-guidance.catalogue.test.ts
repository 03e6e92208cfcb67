import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commitGuidance } from '../../src/guidance/commit-guidance.catalogue';
import { Guidance } from '../../src/guidance/guidance';
import { Locale } from '../../src/guidance/locale';
import { regenerateGuidance } from '../../src/guidance/regenerate-guidance.catalogue';
import { COMMIT_STATUS_CODES, CommitFailureCode } from '../../src/recovery/commit-outcome';
import {
  REGENERATE_STATUS_CODES,
  RegenerateFailureCode,
} from '../../src/recovery/regenerate-outcome';

function assertComplete(guide: (locale: Locale) => Guidance): void {
  for (const locale of Object.values(Locale)) {
    const guidance = guide(locale);
    assert.ok(guidance.summary.length > 10);
    assert.ok(guidance.steps.length > 0 && guidance.steps.every((step) => step.length > 3));
    assert.ok(guidance.nextActions.length > 0);
    assert.equal(guidance.locale, locale);
  }
  assert.notEqual(guide(Locale.EN).summary, guide(Locale.ZH_CN).summary);
}

describe('commitOrder and regenerateOrder guidance catalogues', () => {
  for (const code of Object.values(CommitFailureCode)) {
    it(`has commitOrder guidance for ${code} in every locale`, () => {
      assertComplete((locale) => commitGuidance(code, locale));
    });
  }
  for (const code of Object.values(RegenerateFailureCode)) {
    it(`has regenerateOrder guidance for ${code} in every locale`, () => {
      assertComplete((locale) => regenerateGuidance(code, locale));
    });
  }

  it('maps every documented orderCommit.do failure status', () => {
    assert.deepEqual([...COMMIT_STATUS_CODES.keys()].sort(), [307, 316, 317, 800]);
  });

  it('maps every documented order.do status that regenerateOrder.do shares, and legacy 314', () => {
    const documented = [
      301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 315, 316, 317, 318, 319, 320, 321, 322,
      323, 324, 325, 326, 327, 328, 329, 330, 407, 408, 409, 410, 314,
    ];
    assert.deepEqual(
      documented.filter((status) => !REGENERATE_STATUS_CODES.has(status)),
      [],
    );
  });
});
