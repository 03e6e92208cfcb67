/**
 * What every createOrder outcome means and what to do next. `retryable`: can calling createOrder
 * again with the same input succeed once the steps are followed?
 */
import { CreateOrderFailureCode } from '../booking/booking-failure-codes';
import { Guidance } from './guidance';
import { entryGuidance, GuidanceEntry, toGuidance, UNRECOGNIZED_STATUS } from './guidance-entry';
import { Locale } from './locale';
import { NextAction } from './next-action';

const A = NextAction;

export const CREATE_ORDER_GUIDANCE: Readonly<Record<CreateOrderFailureCode, GuidanceEntry>> = {
  // When the gateway's checks or Atlas (307, 310, 321, 323, 327, 407–410, …) refuse the passengers or contact.
  [CreateOrderFailureCode.PASSENGER_DATA_REJECTED]: {
    retryable: false,
    nextActions: [A.FIX_PASSENGER_DATA],
    text: {
      EN: {
        summary: 'Some passenger or contact details were not accepted.',
        steps: [
          'Correct the fields listed in issues (or named in atlasMessage).',
          'Send createOrder again with the same bookingToken and a new idempotencyKey.',
        ],
      },
      ZH_CN: {
        summary: '部分乘客或联系人信息未被接受。',
        steps: [
          '按 issues（或 atlasMessage）修正信息。',
          '使用同一 bookingToken 和新的 idempotencyKey 再次调用 createOrder。',
        ],
      },
    },
  },
  // When the bookingToken (verify session) is older than 2 h or unknown to Atlas (301).
  [CreateOrderFailureCode.BOOKING_TOKEN_EXPIRED]: {
    retryable: false,
    nextActions: [A.PRICE_AGAIN],
    text: {
      EN: {
        summary: 'The booking token has expired; nothing was booked.',
        steps: ['Call priceOffer again for the same offer and book with the new bookingToken.'],
      },
      ZH_CN: {
        summary: '预订令牌已过期，未产生订单。',
        steps: ['对同一报价重新调用 priceOffer，并使用新的 bookingToken 预订。'],
      },
    },
  },
  // When the price or schedule changed since priceOffer (306, 308, 319, 322).
  [CreateOrderFailureCode.PRICE_CHANGED]: {
    retryable: false,
    nextActions: [A.PRICE_AGAIN],
    text: {
      EN: {
        summary: 'The price or schedule changed since the offer was priced; nothing was booked.',
        steps: ['Price the offer again, show the traveller the new price, then book.'],
      },
      ZH_CN: {
        summary: '验价后价格或航班时刻已变化，未产生订单。',
        steps: ['重新验价，向旅客展示新价格后再预订。'],
      },
    },
  },
  // When seats or the fare sold out after priceOffer (302, 303, 305, 312, 313, 315, 320, 328).
  [CreateOrderFailureCode.FARE_SOLD_OUT]: {
    retryable: false,
    nextActions: [A.SEARCH_AGAIN],
    text: {
      EN: {
        summary: 'The fare sold out before it could be booked.',
        steps: ['Search again and choose another flight or fare.'],
      },
      ZH_CN: { summary: '预订前该票价已售罄。', steps: ['重新搜索并选择其他航班或票价。'] },
    },
  },
  // When Atlas finds the same travellers on the same flights in a live order (318).
  [CreateOrderFailureCode.DUPLICATE_BOOKING]: {
    retryable: false,
    nextActions: [A.QUERY_ORDER, A.PAY_ORDER],
    text: {
      EN: {
        summary: 'These travellers are already booked on these flights.',
        steps: [
          'Read the orders in duplicateOrders and pay the unpaid one; do not book again.',
          'An empty duplicateOrders means the booking is another partner’s: contact support.',
        ],
      },
      ZH_CN: {
        summary: '这些旅客已预订了相同航班。',
        steps: [
          '查询 duplicateOrders 中的订单并支付未支付的订单；不要重复预订。',
          'duplicateOrders 为空表示该订单属于其他合作方，请联系支持。',
        ],
      },
    },
  },
  // When the airline timed out or refused the booking (304, 316, 317, 324).
  [CreateOrderFailureCode.AIRLINE_FAILED]: {
    retryable: true,
    nextActions: [A.CREATE_ORDER, A.SEARCH_AGAIN],
    text: {
      EN: {
        summary: 'The airline did not complete the booking; nothing was booked.',
        steps: ['Wait a minute and call createOrder again; if it keeps failing, search again.'],
      },
      ZH_CN: {
        summary: '航司未完成预订，未产生订单。',
        steps: ['稍等一分钟后再次调用 createOrder；如持续失败，请重新搜索。'],
      },
    },
  },
  // When the account cannot pay for this booking (326 BYOA balance, 329 no payment method).
  [CreateOrderFailureCode.ACCOUNT_NOT_READY]: {
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
  // When the same key's createOrder is running (gateway lock) or Atlas says so (330).
  [CreateOrderFailureCode.BOOKING_IN_PROGRESS]: {
    retryable: true,
    nextActions: [A.CREATE_ORDER],
    text: {
      EN: {
        summary: 'The same booking is still being made.',
        steps: [
          'Wait a few seconds and send the same createOrder again with the same idempotencyKey.',
        ],
      },
      ZH_CN: {
        summary: '相同的预订仍在进行中。',
        steps: ['稍等几秒，使用相同的 idempotencyKey 再次发送相同的 createOrder。'],
      },
    },
  },
  // When an idempotencyKey already booked a different request.
  [CreateOrderFailureCode.IDEMPOTENCY_KEY_REUSED]: {
    retryable: false,
    nextActions: [A.CREATE_ORDER],
    text: {
      EN: {
        summary: 'This idempotencyKey was used for a different booking; nothing was sent.',
        steps: ['Use a new idempotencyKey for each new booking.'],
      },
      ZH_CN: {
        summary: '该 idempotencyKey 已用于另一笔预订，未发送任何请求。',
        steps: ['每笔新预订使用新的 idempotencyKey。'],
      },
    },
  },
  // When order.do was sent but its answer was lost: a booking may exist.
  [CreateOrderFailureCode.OUTCOME_UNKNOWN]: {
    retryable: true,
    nextActions: [A.CREATE_ORDER],
    text: {
      EN: {
        summary: 'The answer was lost: Atlas may or may not have made the booking.',
        steps: [
          'Send the same createOrder again with the same idempotencyKey: if the booking was made, the answer names it (DuplicateBookingFound).',
          'Never book again with a new key until you know.',
        ],
      },
      ZH_CN: {
        summary: '响应丢失：Atlas 可能已完成、也可能未完成预订。',
        steps: [
          '使用相同的 idempotencyKey 再次发送相同的 createOrder：若已预订，响应会给出订单号（DuplicateBookingFound）。',
          '在确认之前，不要用新的 key 再次预订。',
        ],
      },
    },
  },
  // When the idempotency record (ledger) or the key's lock (Redis) is unreachable; nothing was sent.
  [CreateOrderFailureCode.PROTECTION_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.CREATE_ORDER, A.CONTACT_SUPPORT],
    text: {
      EN: {
        summary: 'The guard against double bookings is unavailable; nothing was sent.',
        steps: ['Try again shortly; contact support if it persists.'],
      },
      ZH_CN: {
        summary: '防重复预订保护暂不可用，未发送任何请求。',
        steps: ['稍后重试；如持续出现，请联系支持。'],
      },
    },
  },
  [CreateOrderFailureCode.UNRECOGNIZED]: UNRECOGNIZED_STATUS,
};

export const createOrderGuidance = (code: CreateOrderFailureCode, locale: Locale): Guidance =>
  entryGuidance(CREATE_ORDER_GUIDANCE, code, locale);

/** A new unpaid order: pay it before its deadline. */
export function orderCreatedGuidance(confirmationRequired: boolean, locale: Locale): Guidance {
  if (confirmationRequired) {
    return toGuidance(
      {
        EN: {
          summary:
            'The order is booked and unpaid. Ryanair needs the traveller to confirm it first.',
          steps: [
            'Call commitOrder and show the traveller the confirmation page.',
            'Then pay with payOrder before paymentDeadline.',
          ],
        },
        ZH_CN: {
          summary: '订单已预订、未支付。瑞安航空需要旅客先确认。',
          steps: [
            '调用 commitOrder 并向旅客展示确认页面。',
            '然后在 paymentDeadline 之前用 payOrder 支付。',
          ],
        },
      },
      [A.CONFIRM_ORDER, A.PAY_ORDER],
      locale,
    );
  }
  return toGuidance(
    {
      EN: {
        summary: 'The order is booked and unpaid.',
        steps: ['Pay it with payOrder before paymentDeadline.'],
      },
      ZH_CN: {
        summary: '订单已预订、未支付。',
        steps: ['请在 paymentDeadline 之前用 payOrder 支付。'],
      },
    },
    [A.PAY_ORDER],
    locale,
  );
}
