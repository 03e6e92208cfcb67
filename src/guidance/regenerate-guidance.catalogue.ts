/**
 * What every regenerateOrder outcome means and what to do next. `retryable`: can calling
 * regenerateOrder again for the same original succeed once the steps are followed?
 */
import { RegenerateFailureCode } from '../recovery/regenerate-outcome';
import { Guidance } from './guidance';
import { entryGuidance, GuidanceEntry, toGuidance, UNRECOGNIZED_STATUS } from './guidance-entry';
import { Locale } from './locale';
import { NextAction } from './next-action';
import { ticketingFailureActions } from './ticketing-failure.catalogue';

const A = NextAction;

export const REGENERATE_GUIDANCE: Readonly<Record<RegenerateFailureCode, GuidanceEntry>> = {
  // When Atlas does not know the original order.
  [RegenerateFailureCode.ORDER_NOT_FOUND]: {
    retryable: false,
    nextActions: [A.REBOOK],
    text: {
      EN: { summary: 'Atlas does not know this order.', steps: ['Check the order number.'] },
      ZH_CN: { summary: 'Atlas 找不到该订单。', steps: ['请核对订单号。'] },
    },
  },
  // When the original is unpaid inside its deadline: a second order would book the trip twice.
  [RegenerateFailureCode.ORDER_STILL_PAYABLE]: {
    retryable: false,
    nextActions: [A.PAY_ORDER],
    text: {
      EN: {
        summary: 'This order can still be paid, so it was not regenerated.',
        steps: [
          'Pay this order (confirm it first if it is a Ryanair order).',
          'If a payment failed, switch method or card on this same order.',
        ],
      },
      ZH_CN: {
        summary: '该订单仍可支付，因此未重新生成。',
        steps: [
          '直接支付该订单（瑞安航空订单需先确认）。',
          '如支付失败，可在同一订单上更换支付方式或卡。',
        ],
      },
    },
  },
  // When the original is paid (ticketing, ticketed, 615 or Atlas 314): regenerating could charge twice.
  [RegenerateFailureCode.ORDER_NOT_REGENERABLE]: {
    retryable: false,
    nextActions: [A.WAIT_FOR_TICKETING, A.QUERY_ORDER],
    text: {
      EN: {
        summary: 'This order is paid or being ticketed; it must not be regenerated or paid again.',
        steps: ['Follow the order with ticketingStatus until it is ticketed or cancelled.'],
      },
      ZH_CN: {
        summary: '该订单已支付或正在出票，不能重新生成或再次支付。',
        steps: ['通过 ticketingStatus 跟踪订单，直到出票或取消。'],
      },
    },
  },
  // When a payment or another regeneration of the order is running (gateway lock, or Atlas 330).
  [RegenerateFailureCode.ORDER_BUSY]: {
    retryable: true,
    nextActions: [A.QUERY_ORDER],
    text: {
      EN: {
        summary: 'A payment or another regeneration of this order is still running.',
        steps: ['Wait a few seconds and read the order before trying again.'],
      },
      ZH_CN: {
        summary: '该订单的支付或另一次重新生成仍在进行中。',
        steps: ['稍等几秒，先查询订单再重试。'],
      },
    },
  },
  // When the flights, fare or seats are gone (301–305, 312, 313, 315, 320, 328).
  [RegenerateFailureCode.TRIP_UNAVAILABLE]: {
    retryable: false,
    nextActions: [A.REBOOK],
    text: {
      EN: {
        summary: 'The trip can no longer be booked as it was (sold out or not operating).',
        steps: ['Search again and make a new booking.'],
      },
      ZH_CN: { summary: '原行程已无法预订（售罄或停飞）。', steps: ['重新搜索并预订。'] },
    },
  },
  // When the price, booking class or schedule changed since the original was booked.
  [RegenerateFailureCode.PRICE_OR_SCHEDULE_CHANGED]: {
    retryable: false,
    nextActions: [A.REBOOK],
    text: {
      EN: {
        summary: 'The price or schedule changed since the original booking.',
        steps: ['Search and verify again, then make a new booking at the current price.'],
      },
      ZH_CN: {
        summary: '自原预订以来价格或航班时刻已变化。',
        steps: ['重新搜索并验价，按当前价格重新预订。'],
      },
    },
  },
  // When the original's passenger, contact or ancillary data is refused (307, 309, 310, 321, 323, 325, 327, 407–410).
  [RegenerateFailureCode.BOOKING_DATA_REJECTED]: {
    retryable: false,
    nextActions: [A.FIX_PASSENGER_DATA, A.REBOOK],
    text: {
      EN: {
        summary: "Atlas refused the original order's passenger or contact data.",
        steps: ['Correct the data named in atlasMessage and make a new booking.'],
      },
      ZH_CN: {
        summary: 'Atlas 拒绝了原订单的乘客或联系人信息。',
        steps: ['按 atlasMessage 修正信息后重新预订。'],
      },
    },
  },
  // When the airline timed out or refused the booking (304, 316, 317, 324).
  [RegenerateFailureCode.AIRLINE_FAILED]: {
    retryable: true,
    nextActions: [A.REGENERATE_ORDER, A.REBOOK],
    text: {
      EN: {
        summary: 'The airline did not complete the new booking.',
        steps: ['Wait a minute and call regenerateOrder again; if it keeps failing, rebook.'],
      },
      ZH_CN: {
        summary: '航司未能完成新订单的预订。',
        steps: ['稍等一分钟后再次调用 regenerateOrder；如持续失败，请重新预订。'],
      },
    },
  },
  // When Atlas suspects a duplicate (318): an order for this trip already exists.
  [RegenerateFailureCode.DUPLICATE_BOOKING]: {
    retryable: false,
    nextActions: [A.QUERY_ORDER, A.PAY_ORDER],
    text: {
      EN: {
        summary: 'An order for the same trip and passengers already exists.',
        steps: [
          'Read the orders in duplicateOrders: one may be the order you already regenerated.',
          'Pay that order if it is unpaid; do not book the trip again.',
        ],
      },
      ZH_CN: {
        summary: '已存在相同行程和乘客的订单。',
        steps: [
          '查询 duplicateOrders 中的订单：其中可能是已重新生成的订单。',
          '如其未支付，请支付该订单；不要再次预订。',
        ],
      },
    },
  },
  // When the account cannot pay for this booking (326 BYOA balance, 329 no payment method).
  [RegenerateFailureCode.ACCOUNT_NOT_READY]: {
    retryable: false,
    nextActions: [A.CHECK_DEPOSIT_BALANCE, A.CONTACT_SUPPORT],
    text: {
      EN: {
        summary: "The account's payment set-up does not allow this booking.",
        steps: ['Check the account balances and payment set-up, or contact Atlas support.'],
      },
      ZH_CN: {
        summary: '账户的支付设置不允许此预订。',
        steps: ['检查账户余额和支付设置，或联系 Atlas 支持。'],
      },
    },
  },
  // When Atlas did not answer the order read; regenerateOrder.do was not sent.
  [RegenerateFailureCode.ATLAS_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.REGENERATE_ORDER],
    text: {
      EN: {
        summary: 'Atlas did not answer; nothing was booked.',
        steps: ['Call regenerateOrder again shortly.'],
      },
      ZH_CN: {
        summary: 'Atlas 未响应，未生成任何订单。',
        steps: ['稍后再次调用 regenerateOrder。'],
      },
    },
  },
  // When regenerateOrder.do was sent but its answer was lost: a new order may exist.
  [RegenerateFailureCode.OUTCOME_UNKNOWN]: {
    retryable: true,
    nextActions: [A.REGENERATE_ORDER],
    text: {
      EN: {
        summary: 'The answer was lost: Atlas may or may not have created the new order.',
        steps: [
          'Call regenerateOrder again: if the order was created, Atlas answers DuplicateBookingSuspected naming it.',
          'Pay only the order you end up with.',
        ],
      },
      ZH_CN: {
        summary: '响应丢失：Atlas 可能已创建、也可能未创建新订单。',
        steps: [
          '再次调用 regenerateOrder：若订单已创建，Atlas 会返回 DuplicateBookingSuspected 并给出订单号。',
          '只支付最终得到的订单。',
        ],
      },
    },
  },
  // When the order lock's store (Redis) is unreachable; nothing was sent.
  [RegenerateFailureCode.PROTECTION_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.REGENERATE_ORDER, A.CONTACT_SUPPORT],
    text: {
      EN: {
        summary: 'The guard against duplicate bookings is unavailable; nothing was sent.',
        steps: ['Try again shortly; contact support if it persists.'],
      },
      ZH_CN: {
        summary: '防重复预订保护暂不可用，未发送任何请求。',
        steps: ['稍后重试；如持续出现，请联系支持。'],
      },
    },
  },
  [RegenerateFailureCode.UNRECOGNIZED]: UNRECOGNIZED_STATUS,
};

export function regenerateGuidance(code: RegenerateFailureCode, locale: Locale): Guidance {
  return entryGuidance(REGENERATE_GUIDANCE, code, locale);
}

/** After a card was refused, the new order is paid by deposit or another card, never the same one. */
export function orderRegeneratedGuidance(
  originalFailureCode: string | null,
  locale: Locale,
): Guidance {
  const payDifferently =
    originalFailureCode !== null &&
    ticketingFailureActions(originalFailureCode).includes(NextAction.SWITCH_PAYMENT_METHOD);
  if (payDifferently) {
    return toGuidance(
      {
        EN: {
          summary: 'A new unpaid order was created; the original stays cancelled.',
          steps: [
            'Pay the new order by deposit or with a different card.',
            'Do not send the refused card again.',
          ],
        },
        ZH_CN: {
          summary: '已创建新的未支付订单；原订单保持取消状态。',
          steps: ['用预存款或另一张卡支付新订单。', '不要再次使用被拒的卡。'],
        },
      },
      [NextAction.PAY_ORDER, NextAction.SWITCH_PAYMENT_METHOD],
      locale,
    );
  }
  return toGuidance(
    {
      EN: {
        summary: 'A new unpaid order was created; the original is not changed.',
        steps: ['Pay the new order before its paymentDeadline; its recovery says how.'],
      },
      ZH_CN: {
        summary: '已创建新的未支付订单；原订单不变。',
        steps: ['在 paymentDeadline 之前支付新订单；其 recovery 会说明方式。'],
      },
    },
    [NextAction.PAY_ORDER],
    locale,
  );
}
