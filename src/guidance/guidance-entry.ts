import { Guidance } from './guidance';
import { Locale, Localized } from './locale';
import { NextAction } from './next-action';

export interface GuidanceText {
  summary: string;
  steps: string[];
}

/** One catalogue row: can the same call succeed after the steps, what next, and the words. */
export interface GuidanceEntry {
  retryable: boolean;
  nextActions: NextAction[];
  text: Localized<GuidanceText>;
}

export function toGuidance(
  text: Localized<GuidanceText>,
  nextActions: readonly NextAction[],
  locale: Locale,
): Guidance {
  const chosen = text[locale];
  return {
    summary: chosen.summary,
    steps: [...chosen.steps],
    nextActions: [...nextActions],
    locale,
  };
}
