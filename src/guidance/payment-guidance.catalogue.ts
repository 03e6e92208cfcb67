/**
 * The one table of what every payment failure means and what to do next, in every locale.
 * Longer than 300 lines on purpose: it is data, and one table keeps the locales side by side.
 * `retryable` answers one question: can calling payOrder again for this same order succeed once
 * the steps are followed? It is false wherever paying again is pointless or could charge twice.
 */
import { PaymentFailureCode } from '../payments/payment-failure-code';
import { Guidance } from './guidance';
import { entryGuidance, GuidanceEntry, GuidanceText, toGuidance } from './guidance-entry';
import { Locale, Localized } from './locale';
import { NextAction } from './next-action';

type Text = GuidanceText;

const A = NextAction;

export const PAYMENT_GUIDANCE: Readonly<Record<PaymentFailureCode, GuidanceEntry>> = {
  // When the gateway's own checks or Atlas (400) reject the request data.
  [PaymentFailureCode.INVALID_REQUEST]: {
    retryable: true,
    nextActions: [A.FIX_PAYMENT_INPUT, A.RETRY_PAYMENT],
    text: {
      EN: {
        summary: 'The payment request is invalid; nothing was charged.',
        steps: [
          'Correct the fields listed in issues (or in the Atlas message).',
          'Send payOrder again.',
        ],
      },
      ZH_CN: {
        summary: '支付请求参数无效，未发生扣款。',
        steps: ['根据 issues（或 Atlas 消息）修正相应字段。', '重新调用 payOrder。'],
      },
    },
  },
  // When payment is attempted after the order's payment deadline (Atlas 401).
  [PaymentFailureCode.DEADLINE_PASSED]: {
    retryable: false,
    nextActions: [A.REGENERATE_ORDER, A.REBOOK],
    text: {
      EN: {
        summary: 'The payment deadline of this order has passed; it can no longer be paid.',
        steps: [
          'Do not pay this order again.',
          'Regenerate the order (regenerateOrder) or make a new booking, then pay the new order.',
        ],
      },
      ZH_CN: {
        summary: '该订单已超过支付时限，无法再支付。',
        steps: [
          '不要再次支付此订单。',
          '重新生成订单（regenerateOrder）或重新预订，然后支付新订单。',
        ],
      },
    },
  },
  // When the order is ticketed or cancelled, so its state forbids payment (Atlas 402).
  [PaymentFailureCode.ORDER_NOT_PAYABLE]: {
    retryable: false,
    nextActions: [A.QUERY_ORDER, A.REGENERATE_ORDER],
    text: {
      EN: {
        summary: 'The order is in a state that does not accept payment (ticketed or cancelled).',
        steps: [
          'Query the order to see its status; do not send another payment.',
          'If it was cancelled, regenerate it and pay the new order.',
        ],
      },
      ZH_CN: {
        summary: '订单当前状态不支持支付（已出票或已取消）。',
        steps: ['查询订单状态，不要再次发起支付。', '如订单已取消，请重新生成订单后支付新订单。'],
      },
    },
  },
  // When the chosen method is not one the order's fare accepts (Atlas 403).
  [PaymentFailureCode.PAYMENT_METHOD_NOT_SUPPORTED]: {
    retryable: true,
    nextActions: [A.SWITCH_PAYMENT_METHOD],
    text: {
      EN: {
        summary: 'This payment method is not accepted for this order.',
        steps: [
          "Pick a method from the order's supportedPaymentMethods.",
          'Pay the same order again with that method.',
        ],
      },
      ZH_CN: {
        summary: '该订单不支持所选支付方式。',
        steps: [
          '从订单的 supportedPaymentMethods 中选择支付方式。',
          '使用该方式重新支付同一订单。',
        ],
      },
    },
  },
  // When the order has already been paid and is being ticketed (Atlas 404).
  [PaymentFailureCode.ORDER_ALREADY_PAID]: {
    retryable: false,
    nextActions: [A.WAIT_FOR_TICKETING, A.QUERY_ORDER],
    text: {
      EN: {
        summary: 'This order is already paid. Do not pay it again.',
        steps: ['Follow ticketing with the ticketingStatus subscription or by querying the order.'],
      },
      ZH_CN: {
        summary: '该订单已支付，请勿重复支付。',
        steps: ['通过 ticketingStatus 订阅或查询订单跟踪出票进度。'],
      },
    },
  },
  // When an earlier payment of this order is still being processed (Atlas 406).
  [PaymentFailureCode.PAYMENT_IN_PROGRESS]: {
    retryable: false,
    nextActions: [A.WAIT_FOR_TICKETING, A.QUERY_ORDER],
    text: {
      EN: {
        summary: 'An earlier payment for this order is still being processed.',
        steps: [
          'Do not send another payment now: it could charge twice.',
          'Wait, then query the order; pay again only if it is still unpaid.',
        ],
      },
      ZH_CN: {
        summary: '该订单之前的支付仍在处理中。',
        steps: ['现在不要再次支付，否则可能重复扣款。', '稍候查询订单；仅当订单仍未支付时再支付。'],
      },
    },
  },
  // When a passenger element the airline needs for payment is missing or wrong (Atlas 407).
  [PaymentFailureCode.PASSENGER_DATA_INVALID]: {
    retryable: false,
    nextActions: [A.FIX_PASSENGER_DATA, A.REBOOK],
    text: {
      EN: {
        summary: "Passenger data does not pass the airline's payment checks.",
        steps: [
          'Check names, birthdays and travel documents of every passenger.',
          'Passenger data cannot be changed on an existing order: book again with corrected data.',
        ],
      },
      ZH_CN: {
        summary: '乘客信息未通过航司支付校验。',
        steps: [
          '检查所有乘客的姓名、生日和证件信息。',
          '已有订单的乘客信息无法修改：请使用正确信息重新预订。',
        ],
      },
    },
  },
  // When a child travels without an adult on the order (Atlas 408).
  [PaymentFailureCode.UNACCOMPANIED_MINOR]: {
    retryable: false,
    nextActions: [A.REBOOK],
    text: {
      EN: {
        summary: 'A child passenger cannot travel without an adult on the same order.',
        steps: ['Create a new order that includes an accompanying adult.'],
      },
      ZH_CN: {
        summary: '儿童乘客不能在没有成人同行的情况下出行。',
        steps: ['新建一个包含同行成人的订单。'],
      },
    },
  },
  // When extra baggage differs between connecting segments of one direction (Atlas 409).
  [PaymentFailureCode.BAGGAGE_SEGMENT_MISMATCH]: {
    retryable: false,
    nextActions: [A.REBOOK],
    text: {
      EN: {
        summary: 'Extra baggage does not match the flight segments.',
        steps: [
          'On a connecting itinerary, buy the same baggage product on every segment of a direction.',
          'Book again with consistent baggage.',
        ],
      },
      ZH_CN: {
        summary: '额外行李与航段不一致。',
        steps: ['联程行程中，同一方向的每个航段须购买相同的行李产品。', '使用一致的行李重新预订。'],
      },
    },
  },
  // When the order's contact data has the wrong format, e.g. a phone not CCCC-NNNNNNNN (Atlas 410).
  [PaymentFailureCode.CONTACT_INFO_INVALID]: {
    retryable: false,
    nextActions: [A.REBOOK],
    text: {
      EN: {
        summary: 'The contact information of the order has the wrong format.',
        steps: [
          'Phone numbers must look like 0086-13800000000 (four-digit country code, hyphen, number).',
          'Book again with corrected contact details.',
        ],
      },
      ZH_CN: {
        summary: '订单联系人信息格式错误。',
        steps: [
          '电话格式须为 0086-13800000000（四位国家码、连字符、号码）。',
          '使用正确的联系人信息重新预订。',
        ],
      },
    },
  },
  // When Atlas's payment gateway or account fails, e.g. insufficient deposit balance (Atlas 411).
  [PaymentFailureCode.PAYMENT_GATEWAY_ERROR]: {
    retryable: true,
    nextActions: [A.QUERY_ORDER, A.CHECK_DEPOSIT_BALANCE, A.SWITCH_PAYMENT_METHOD],
    text: {
      EN: {
        summary: 'Atlas could not complete the payment (payment gateway or account problem).',
        steps: [
          'Query the order first: pay again only if it is still unpaid.',
          'Check the deposit balance and the payment data.',
          'Retry, or switch to another payment method.',
        ],
      },
      ZH_CN: {
        summary: 'Atlas 无法完成支付（支付网关或账户问题）。',
        steps: [
          '先查询订单：仅当订单仍未支付时再支付。',
          '检查预存款余额和支付数据。',
          '重试，或改用其他支付方式。',
        ],
      },
    },
  },
  // When the order has no payment method at all (Atlas 412).
  [PaymentFailureCode.NO_PAYMENT_METHOD_AVAILABLE]: {
    retryable: false,
    nextActions: [A.REBOOK, A.CONTACT_SUPPORT],
    text: {
      EN: {
        summary: 'No payment method is available for this order.',
        steps: ['Book a different fare, or ask Atlas support to check the account set-up.'],
      },
      ZH_CN: {
        summary: '该订单没有可用的支付方式。',
        steps: ['预订其他票价，或联系 Atlas 支持检查账户配置。'],
      },
    },
  },
  // When Atlas does not accept the card's brand for merchant-of-record payment (Atlas 413).
  [PaymentFailureCode.CARD_BRAND_NOT_SUPPORTED]: {
    retryable: true,
    nextActions: [A.USE_ANOTHER_CARD, A.SWITCH_PAYMENT_METHOD],
    text: {
      EN: {
        summary: 'This card brand is not supported for this payment.',
        steps: ['Pay with a card of a supported brand, or with another payment method.'],
      },
      ZH_CN: {
        summary: '该卡品牌不支持此次支付。',
        steps: ['使用受支持品牌的卡，或改用其他支付方式。'],
      },
    },
  },
  // When the card's brand differs from the brand declared when the order was created (Atlas 414).
  [PaymentFailureCode.CARD_BRAND_MISMATCH]: {
    retryable: true,
    nextActions: [A.USE_ANOTHER_CARD],
    text: {
      EN: {
        summary: 'The card brand differs from the brand declared when the order was created.',
        steps: ['Pay with a card of the brand declared at booking.'],
      },
      ZH_CN: {
        summary: '支付卡品牌与下单时声明的品牌不一致。',
        steps: ['使用下单时声明品牌的卡支付。'],
      },
    },
  },
  // When a Ryanair (FR) order is paid before the traveller confirmed it (Atlas 415).
  [PaymentFailureCode.ORDER_NOT_CONFIRMED]: {
    retryable: true,
    nextActions: [A.CONFIRM_ORDER],
    text: {
      EN: {
        summary: 'The traveller has not confirmed this Ryanair order yet.',
        steps: [
          'Call commitOrder and show the confirmation page to the traveller.',
          'After the traveller confirms, pay the same order again.',
        ],
      },
      ZH_CN: {
        summary: '旅客尚未确认该瑞安航空订单。',
        steps: ['调用 commitOrder 并向旅客展示确认页面。', '旅客确认后，再次支付同一订单。'],
      },
    },
  },
  // When Atlas does not know the order number (query 800/703, checked before paying).
  [PaymentFailureCode.ORDER_NOT_FOUND]: {
    retryable: false,
    nextActions: [A.REBOOK],
    text: {
      EN: {
        summary: 'Atlas does not know this order number; nothing was charged.',
        steps: ['Check the order number, or make a new booking.'],
      },
      ZH_CN: {
        summary: 'Atlas 中不存在该订单号，未发生扣款。',
        steps: ['检查订单号，或重新预订。'],
      },
    },
  },
  // When Atlas reports the payment done but the airline booking reference still pending (615).
  [PaymentFailureCode.AIRLINE_PNR_PENDING]: {
    retryable: false,
    nextActions: [A.WAIT_FOR_TICKETING, A.QUERY_ORDER],
    text: {
      EN: {
        summary: 'The payment is done; the airline booking reference is still pending.',
        steps: [
          'Never pay this order again.',
          'Atlas follows up with the airline; keep watching the order until it is ticketed.',
        ],
      },
      ZH_CN: {
        summary: '支付已完成，航司订座记录仍在等待中。',
        steps: ['切勿再次支付此订单。', 'Atlas 会跟进航司；请持续关注订单直到出票。'],
      },
    },
  },
  // When the gateway could not read the order before paying; no payment was sent.
  [PaymentFailureCode.ATLAS_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.RETRY_PAYMENT],
    text: {
      EN: {
        summary: 'Atlas did not answer, so no payment was sent. Nothing was charged.',
        steps: ['Try payOrder again in a moment.'],
      },
      ZH_CN: {
        summary: 'Atlas 未响应，因此没有发起支付，未发生扣款。',
        steps: ['稍后重新调用 payOrder。'],
      },
    },
  },
  // When pay.do was sent but its answer was lost (timeout, reset, 5xx, unreadable, system error).
  [PaymentFailureCode.OUTCOME_UNKNOWN]: {
    retryable: false,
    nextActions: [A.QUERY_ORDER],
    text: {
      EN: {
        summary: 'The payment was sent, but its answer was lost: it may or may not have happened.',
        steps: [
          'Do not pay through another channel: that could charge twice.',
          'Query the order. If it is ticketing or ticketed, the payment went through.',
          'Or send the same payOrder again (same idempotencyKey): the gateway sends no second payment while the first may still land, and answers PaymentAccepted once the order shows it paid.',
        ],
      },
      ZH_CN: {
        summary: '支付请求已发出，但未收到结果：支付可能成功也可能失败。',
        steps: [
          '不要通过其他渠道再次支付，否则可能重复扣款。',
          '查询订单：若处于出票中或已出票，则支付已成功。',
          '或使用相同的 idempotencyKey 重新发送同一 payOrder：在首次支付仍可能到账期间，网关不会再次发起支付；订单显示已支付后将返回 PaymentAccepted。',
        ],
      },
    },
  },
  // When an earlier pay.do for the order had its answer lost and may still land (settle window).
  [PaymentFailureCode.PAYMENT_STILL_SETTLING]: {
    retryable: true,
    nextActions: [A.QUERY_ORDER, A.WAIT_FOR_TICKETING],
    text: {
      EN: {
        summary:
          'An earlier payment for this order may still be landing at Atlas, so no new payment was sent.',
        steps: [
          'Do not pay through another channel: that could charge twice.',
          'Follow the order (ticketingStatus or the order query): the gateway reads it on its own and records the payment when it lands.',
          'If the order is still unpaid after settlesAt, send payOrder again.',
        ],
      },
      ZH_CN: {
        summary: '该订单先前的一笔支付可能仍在 Atlas 处理中，因此未发起新的支付。',
        steps: [
          '不要通过其他渠道再次支付，否则可能重复扣款。',
          '关注订单状态（ticketingStatus 或订单查询）：网关会自行查询，支付到账后即记录。',
          '若在 settlesAt 之后订单仍未支付，再重新调用 payOrder。',
        ],
      },
    },
  },
  // When an idempotencyKey already named a different payment request from the same caller.
  [PaymentFailureCode.IDEMPOTENCY_KEY_REUSED]: {
    retryable: false,
    nextActions: [A.FIX_PAYMENT_INPUT, A.QUERY_ORDER],
    text: {
      EN: {
        summary:
          'This idempotencyKey was already used for a different payment request; nothing was sent to Atlas.',
        steps: [
          'Resend the original request unchanged to get its result, or',
          'use a new idempotencyKey for a new request.',
        ],
      },
      ZH_CN: {
        summary: '该 idempotencyKey 已用于另一个不同的支付请求；未向 Atlas 发送任何请求。',
        steps: ['原样重发最初的请求以获取其结果，或', '为新的请求使用新的 idempotencyKey。'],
      },
    },
  },
  // When a store that guards against double payment (Redis locks or the ledger) cannot be reached.
  [PaymentFailureCode.PAYMENT_PROTECTION_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.RETRY_PAYMENT],
    text: {
      EN: {
        summary:
          "The gateway's double-payment protection is unavailable, so no payment was sent. Nothing was charged.",
        steps: ['Try payOrder again in a moment, with the same idempotencyKey.'],
      },
      ZH_CN: {
        summary: '网关的防重复支付保护暂不可用，因此没有发起支付，未发生扣款。',
        steps: ['稍后使用相同的 idempotencyKey 重新调用 payOrder。'],
      },
    },
  },
  // When Atlas answers with a status this gateway does not know yet.
  [PaymentFailureCode.UNRECOGNIZED]: {
    retryable: false,
    nextActions: [A.QUERY_ORDER, A.CONTACT_SUPPORT],
    text: {
      EN: {
        summary: 'Atlas refused the payment with a status this gateway does not recognise.',
        steps: [
          'Query the order before doing anything else.',
          'Contact support with the Atlas status and message.',
        ],
      },
      ZH_CN: {
        summary: 'Atlas 以本网关无法识别的状态拒绝了支付。',
        steps: ['在进行其他操作前先查询订单。', '携带 Atlas 状态码和消息联系支持。'],
      },
    },
  },
};

export function paymentGuidance(code: PaymentFailureCode, locale: Locale): Guidance {
  return entryGuidance(PAYMENT_GUIDANCE, code, locale);
}

const ACCEPTED: Localized<Text> = {
  EN: {
    summary:
      'Atlas accepted the payment. Tickets are issued asynchronously; this is not yet ticketed.',
    steps: [
      'Follow the order with the ticketingStatus subscription (or query it) until it is TICKETED.',
      'An airline can still decline the card; the order is then CANCELLED with a reason and guidance.',
    ],
  },
  ZH_CN: {
    summary: 'Atlas 已受理支付。出票为异步进行，目前尚未出票。',
    steps: [
      '通过 ticketingStatus 订阅（或查询订单）跟踪，直到状态为 TICKETED。',
      '航司仍可能拒绝该卡；届时订单将变为 CANCELLED，并附原因和指引。',
    ],
  },
};

export function paymentAcceptedGuidance(locale: Locale): Guidance {
  return toGuidance(ACCEPTED, [NextAction.WAIT_FOR_TICKETING, NextAction.QUERY_ORDER], locale);
}
