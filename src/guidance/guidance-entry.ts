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

export function entryGuidance<Code extends string>(
  table: Readonly<Record<Code, GuidanceEntry>>,
  code: Code,
  locale: Locale,
): Guidance {
  const entry = table[code];
  return toGuidance(entry.text, entry.nextActions, locale);
}

/** When an Atlas endpoint answers a status this gateway does not know yet. */
export const UNRECOGNIZED_STATUS: GuidanceEntry = {
  retryable: false,
  nextActions: [NextAction.CONTACT_SUPPORT],
  text: {
    EN: {
      summary: 'Atlas answered with a status this gateway does not know.',
      steps: ['Contact support with atlasStatus and atlasMessage.'],
    },
    ZH_CN: {
      summary: 'Atlas 返回了本网关未知的状态。',
      steps: ['请携带 atlasStatus 和 atlasMessage 联系支持。'],
    },
  },
};
