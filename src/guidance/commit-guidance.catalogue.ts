/**
 * What every commitOrder outcome means and what to do next. `retryable`: can calling commitOrder
 * again for this order succeed once the steps are followed? orderCommit.do charges nothing.
 */
import { CommitFailureCode } from '../recovery/commit-outcome';
import { Guidance } from './guidance';
import { entryGuidance, GuidanceEntry, toGuidance, UNRECOGNIZED_STATUS } from './guidance-entry';
import { Locale } from './locale';
import { NextAction } from './next-action';

const A = NextAction;

export const COMMIT_GUIDANCE: Readonly<Record<CommitFailureCode, GuidanceEntry>> = {
  // When Atlas finds a parameter illegal (307): the URL, the mode, or an order it will not confirm.
  [CommitFailureCode.INVALID_REQUEST]: {
    retryable: false,
    nextActions: [A.QUERY_ORDER, A.CONTACT_SUPPORT],
    text: {
      EN: {
        summary: 'Atlas refused the confirmation request as invalid.',
        steps: [
          "Check the order's recovery: it may not need or allow a confirmation.",
          'Check redirectUri; contact support with atlasMessage if it persists.',
        ],
      },
      ZH_CN: {
        summary: 'Atlas 认为确认请求参数无效。',
        steps: [
          '查看订单的 recovery：该订单可能无需或不允许确认。',
          '检查 redirectUri；如持续出现，请携带 atlasMessage 联系支持。',
        ],
      },
    },
  },
  // When orderCommit.do or the order query says the order does not exist (800).
  [CommitFailureCode.ORDER_NOT_FOUND]: {
    retryable: false,
    nextActions: [A.REBOOK],
    text: {
      EN: {
        summary: 'Atlas does not know this order.',
        steps: ['Check the order number.'],
      },
      ZH_CN: { summary: 'Atlas 找不到该订单。', steps: ['请核对订单号。'] },
    },
  },
  // When Ryanair did not answer Atlas in time (316).
  [CommitFailureCode.AIRLINE_TIMEOUT]: {
    retryable: true,
    nextActions: [A.CONFIRM_ORDER],
    text: {
      EN: {
        summary: 'Ryanair did not answer in time; no confirmation page was created.',
        steps: ['Wait a few seconds, then call commitOrder again.'],
      },
      ZH_CN: {
        summary: '瑞安航空未及时响应，未生成确认页面。',
        steps: ['稍等几秒后再次调用 commitOrder。'],
      },
    },
  },
  // When Ryanair answered with an error (317).
  [CommitFailureCode.AIRLINE_ERROR]: {
    retryable: true,
    nextActions: [A.CONFIRM_ORDER, A.CONTACT_SUPPORT],
    text: {
      EN: {
        summary: 'Ryanair returned an error; no confirmation page was created.',
        steps: [
          'Call commitOrder again once; if it fails again, contact support with atlasMessage.',
        ],
      },
      ZH_CN: {
        summary: '瑞安航空返回错误，未生成确认页面。',
        steps: ['再调用一次 commitOrder；如仍失败，请携带 atlasMessage 联系支持。'],
      },
    },
  },
  // When the order is not a Ryanair order: only Ryanair needs the traveller's confirmation.
  [CommitFailureCode.CONFIRMATION_NOT_REQUIRED]: {
    retryable: false,
    nextActions: [A.PAY_ORDER],
    text: {
      EN: {
        summary: 'This order needs no traveller confirmation; only Ryanair orders do.',
        steps: ['Pay the order with payOrder.'],
      },
      ZH_CN: {
        summary: '该订单无需旅客确认；只有瑞安航空订单需要。',
        steps: ['直接用 payOrder 支付订单。'],
      },
    },
  },
  // When the order is paid, cancelled or past its hold: there is nothing left to confirm.
  [CommitFailureCode.ORDER_NOT_CONFIRMABLE]: {
    retryable: false,
    nextActions: [A.QUERY_ORDER],
    text: {
      EN: {
        summary: 'This order is no longer unpaid inside its hold, so it cannot be confirmed.',
        steps: ["Read the order's recovery to see what to do instead."],
      },
      ZH_CN: {
        summary: '该订单已不是保留期内的未支付订单，无法确认。',
        steps: ['查看订单的 recovery，了解下一步。'],
      },
    },
  },
  // When Atlas did not answer the order query or orderCommit.do.
  [CommitFailureCode.ATLAS_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.CONFIRM_ORDER],
    text: {
      EN: {
        summary: 'Atlas did not answer; no confirmation page is available.',
        steps: ['Call commitOrder again shortly; it charges nothing.'],
      },
      ZH_CN: {
        summary: 'Atlas 未响应，暂无确认页面。',
        steps: ['稍后再次调用 commitOrder；该操作不会扣款。'],
      },
    },
  },
  [CommitFailureCode.UNRECOGNIZED]: UNRECOGNIZED_STATUS,
};

export function commitGuidance(code: CommitFailureCode, locale: Locale): Guidance {
  return entryGuidance(COMMIT_GUIDANCE, code, locale);
}

export function confirmationPageGuidance(locale: Locale): Guidance {
  return toGuidance(
    {
      EN: {
        summary: 'Show this Ryanair page to the traveller; they must confirm before you pay.',
        steps: [
          'Open confirmationUrl in a popup or iframe (at most 1028 px wide).',
          'When the traveller has confirmed (your redirectUri receives AtlasOrderNumber), call payOrder.',
          'An order not confirmed before confirmBefore expires and cannot be paid.',
        ],
      },
      ZH_CN: {
        summary: '请向旅客展示此瑞安航空页面；旅客确认后才能支付。',
        steps: [
          '在弹窗或 iframe 中打开 confirmationUrl（最宽 1028 px）。',
          '旅客确认后（redirectUri 会收到 AtlasOrderNumber），调用 payOrder。',
          '在 confirmBefore 之前未确认的订单将过期，无法支付。',
        ],
      },
    },
    [NextAction.PAY_ORDER],
    locale,
  );
}
