/**
 * Meanings of Atlas's ticketing error codes (`errorCode` on cancelled orders, order-status.md §3)
 * and what a caller should do. Codes not listed fall back to a generic entry.
 */
import { Guidance } from './guidance';
import { Locale, Localized } from './locale';
import { NextAction } from './next-action';

type Meaning = Localized<string>;

const MEANINGS: Readonly<Record<string, Meaning>> = {
  '601': { EN: 'The fare changed at ticketing.', ZH_CN: '出票时票价发生变化。' },
  '602': { EN: 'The flight is no longer found at the airline.', ZH_CN: '航司已找不到该航班。' },
  '603': { EN: 'The flight sold out before issuance.', ZH_CN: '出票前航班已售罄。' },
  '604': { EN: 'The airline declined the payment card.', ZH_CN: '航司拒绝了支付卡。' },
  '605': { EN: 'Passenger data is wrong.', ZH_CN: '乘客信息有误。' },
  '6051': {
    EN: 'A passenger is on a government no-fly or credit blacklist.',
    ZH_CN: '乘客在政府限制名单中。',
  },
  '606': { EN: 'The airline changed the schedule.', ZH_CN: '航司变更了航班时刻。' },
  '607': { EN: 'Seats sold out.', ZH_CN: '座位已售罄。' },
  '608': { EN: 'A duplicate booking was found at ticketing.', ZH_CN: '出票时发现重复预订。' },
  '609': { EN: 'The airline blocks the contact e-mail.', ZH_CN: '航司屏蔽了联系人邮箱。' },
  '611': {
    EN: 'The airline cancelled the PNR or the time limit passed.',
    ZH_CN: '航司取消了订座记录或已超时。',
  },
  '613': { EN: "The airline's risk control rejected the order.", ZH_CN: '航司风控拒绝了该订单。' },
  '614': { EN: "A child's age is wrong.", ZH_CN: '儿童年龄有误。' },
  '615': {
    EN: 'Payment is done but the airline booking reference is pending.',
    ZH_CN: '支付已完成，但航司订座记录仍待确认。',
  },
  '616': {
    EN: 'The card requires 3-D Secure, which is not supported here.',
    ZH_CN: '该卡需要 3DS 验证，此处不支持。',
  },
  '617': { EN: 'The deposit balance was too low at ticketing.', ZH_CN: '出票时预存款余额不足。' },
  '618': {
    EN: 'Baggage weight does not match the airline options.',
    ZH_CN: '行李重量与航司选项不符。',
  },
  '619': {
    EN: 'Payment data sent with the payment was missing or wrong.',
    ZH_CN: '支付数据缺失或有误。',
  },
  '620': { EN: 'The airline restricts this return fare type.', ZH_CN: '航司限制该往返票价类型。' },
  '621': { EN: 'This airline does not accept infants.', ZH_CN: '该航司不接受婴儿乘客。' },
  '623': {
    EN: "The card's balance or spending limit is too low.",
    ZH_CN: '卡余额或消费限额不足。',
  },
  '624': { EN: 'Round trips are temporarily unsupported.', ZH_CN: '暂不支持往返行程。' },
  '625': { EN: 'The frequent-flyer case needs manual issuance.', ZH_CN: '常旅客情况需人工出票。' },
  '626': {
    EN: 'The airline reports unpaid services on the PNR.',
    ZH_CN: '航司报告订座记录中有未付服务。',
  },
  '631': { EN: 'The baggage price changed at fulfilment.', ZH_CN: '履约时行李价格发生变化。' },
  '632': { EN: "The airline's risk control blocked ticketing.", ZH_CN: '航司风控阻止了出票。' },
  '633': { EN: "The airline's risk control declined the payment.", ZH_CN: '航司风控拒绝了支付。' },
  '634': { EN: 'The airline system had a problem.', ZH_CN: '航司系统出现问题。' },
  '699': { EN: 'Atlas had a system problem.', ZH_CN: 'Atlas 系统出现问题。' },
};

const UNKNOWN_MEANING: Meaning = {
  EN: 'Ticketing failed for a reason this gateway does not describe.',
  ZH_CN: '出票失败，原因未在本网关中描述。',
};

/** Payment declined or blocked: the same trip can be rebought with deposit or another card. */
const PAY_DIFFERENTLY = new Set(['604', '613', '616', '623', '633', '619']);

interface Recovery {
  steps: Localized<string[]>;
  nextActions: NextAction[];
}

const PAY_DIFFERENTLY_RECOVERY: Recovery = {
  steps: {
    EN: [
      'This order is cancelled and cannot be paid again.',
      'Regenerate the order (regenerateOrder), then pay the new order by deposit or with another card.',
    ],
    ZH_CN: [
      '该订单已取消，不能再支付。',
      '重新生成订单（regenerateOrder），然后用预存款或其他卡支付新订单。',
    ],
  },
  nextActions: [NextAction.REGENERATE_ORDER, NextAction.SWITCH_PAYMENT_METHOD],
};

const RECOVERY_BY_CODE: Readonly<Record<string, Recovery>> = {
  // 615: paid, airline reference pending; Atlas resolves it by hand. Paying again would charge twice.
  '615': {
    steps: {
      EN: [
        'Never pay this order again.',
        'Atlas follows up with the airline; keep watching the order.',
      ],
      ZH_CN: ['切勿再次支付此订单。', 'Atlas 会跟进航司；请持续关注订单。'],
    },
    nextActions: [NextAction.WAIT_FOR_TICKETING, NextAction.QUERY_ORDER],
  },
  '617': {
    steps: {
      EN: ['Top up the deposit balance.', 'Regenerate the order and pay the new order.'],
      ZH_CN: ['为预存款充值。', '重新生成订单并支付新订单。'],
    },
    nextActions: [NextAction.CHECK_DEPOSIT_BALANCE, NextAction.REGENERATE_ORDER],
  },
};

/**
 * The trip or the passenger data itself failed. regenerateOrder copies both, so it cannot help:
 * a new booking (with corrected data where the code says so) is the way forward.
 */
const REBOOK_CODES = new Set(['602', '603', '606', '607', '608', '620', '621', '624', '6051']);
const FIX_DATA_CODES = new Set(['605', '614', '618']);

const REBOOK_RECOVERY: Recovery = {
  steps: {
    EN: [
      'This order is cancelled; regenerating it would copy the same trip and fail again.',
      'Make a new booking.',
    ],
    ZH_CN: ['该订单已取消；重新生成会复制相同行程并再次失败。', '请重新预订。'],
  },
  nextActions: [NextAction.REBOOK, NextAction.CONTACT_SUPPORT],
};

const FIX_DATA_RECOVERY: Recovery = {
  steps: {
    EN: [
      'This order is cancelled; regenerating it would copy the same passenger data.',
      'Correct the passenger or baggage data and make a new booking.',
    ],
    ZH_CN: ['该订单已取消；重新生成会复制相同的乘客信息。', '修正乘客或行李信息后重新预订。'],
  },
  nextActions: [NextAction.FIX_PASSENGER_DATA, NextAction.REBOOK],
};

const FALLBACK_RECOVERY: Recovery = {
  steps: {
    EN: [
      'This order is cancelled.',
      'Regenerate it or make a new booking; contact support if unsure.',
    ],
    ZH_CN: ['该订单已取消。', '重新生成订单或重新预订；如有疑问请联系支持。'],
  },
  nextActions: [NextAction.REGENERATE_ORDER, NextAction.REBOOK, NextAction.CONTACT_SUPPORT],
};

export function ticketingFailureMeaning(code: string, locale: Locale): string {
  return (MEANINGS[code] ?? UNKNOWN_MEANING)[locale];
}

function recoveryFor(code: string): Recovery {
  if (RECOVERY_BY_CODE[code]) return RECOVERY_BY_CODE[code];
  if (PAY_DIFFERENTLY.has(code)) return PAY_DIFFERENTLY_RECOVERY;
  if (REBOOK_CODES.has(code)) return REBOOK_RECOVERY;
  if (FIX_DATA_CODES.has(code)) return FIX_DATA_RECOVERY;
  return FALLBACK_RECOVERY;
}

export function ticketingFailureActions(code: string): NextAction[] {
  return [...recoveryFor(code).nextActions];
}

export function ticketingFailureGuidance(code: string, locale: Locale): Guidance {
  const recovery = recoveryFor(code);
  return {
    summary: ticketingFailureMeaning(code, locale),
    steps: [...recovery.steps[locale]],
    nextActions: [...recovery.nextActions],
    locale,
  };
}
