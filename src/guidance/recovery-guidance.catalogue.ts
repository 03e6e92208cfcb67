/** Words for Order.recovery: one text per path; a cancelled order speaks of its failure code. */
import { OrderRecovery, RecoveryPath } from '../recovery/order-recovery';
import { Guidance } from './guidance';
import { GuidanceText, toGuidance } from './guidance-entry';
import { Locale, Localized } from './locale';
import { ticketingFailureGuidance } from './ticketing-failure.catalogue';

const PATH_TEXT: Readonly<Record<RecoveryPath, Localized<GuidanceText>>> = {
  [RecoveryPath.PAY]: {
    EN: {
      summary: 'The order can be paid now.',
      steps: ['Call payOrder with one of paymentMethods before paymentDeadline.'],
    },
    ZH_CN: {
      summary: '该订单现在可以支付。',
      steps: ['在 paymentDeadline 之前，用 paymentMethods 中的一种方式调用 payOrder。'],
    },
  },
  [RecoveryPath.CONFIRM_THEN_PAY]: {
    EN: {
      summary: 'Ryanair order: the traveller must confirm it before it is paid.',
      steps: [
        'Call commitOrder and show the returned page to the traveller.',
        'After the traveller confirmed, call payOrder.',
        'Atlas does not report the confirmation itself; an unconfirmed payment answers OrderNotConfirmed.',
      ],
    },
    ZH_CN: {
      summary: '瑞安航空订单：支付前旅客必须先确认。',
      steps: [
        '调用 commitOrder，并向旅客展示返回的页面。',
        '旅客确认后调用 payOrder。',
        'Atlas 不会单独报告确认状态；未确认时支付会返回 OrderNotConfirmed。',
      ],
    },
  },
  [RecoveryPath.REGENERATE_THEN_PAY]: {
    EN: {
      summary: 'This order can no longer be paid: its deadline passed or it was cancelled.',
      steps: ['Call regenerateOrder, then pay the new order it returns.'],
    },
    ZH_CN: {
      summary: '该订单已无法支付：已超过支付时限或已被取消。',
      steps: ['调用 regenerateOrder，然后支付返回的新订单。'],
    },
  },
  [RecoveryPath.PAY_REPLACEMENT]: {
    EN: {
      summary: 'This order was regenerated: the new order replaces it. Pay that one, not this one.',
      steps: [
        'Read the order named in replacementOrderNo (Order.replacedBy) and pay it if it is unpaid.',
        'Do not regenerate this order again: that would book the same trip twice.',
      ],
    },
    ZH_CN: {
      summary: '该订单已重新生成，新订单取代了它。请支付新订单，而不是此订单。',
      steps: [
        '查询 replacementOrderNo（Order.replacedBy）所指的订单，若未支付则支付该订单。',
        '不要再次重新生成此订单：那会把同一行程预订两次。',
      ],
    },
  },
  [RecoveryPath.WAIT_FOR_TICKETING]: {
    EN: {
      summary: 'Paid: the airline is issuing the tickets. Never pay this order again.',
      steps: ['Follow the order with ticketingStatus until it is ticketed or cancelled.'],
    },
    ZH_CN: {
      summary: '已支付：航司正在出票。切勿再次支付此订单。',
      steps: ['通过 ticketingStatus 跟踪订单，直到出票或取消。'],
    },
  },
  [RecoveryPath.REBOOK]: {
    EN: {
      summary: 'No payment method is available for this order.',
      steps: ['Make a new booking, or contact support about the account set-up.'],
    },
    ZH_CN: {
      summary: '该订单没有可用的支付方式。',
      steps: ['重新预订，或就账户设置联系支持。'],
    },
  },
  [RecoveryPath.NOTHING_TO_DO]: {
    EN: { summary: 'Ticketed. Nothing is left to pay.', steps: [] },
    ZH_CN: { summary: '已出票，无需再支付。', steps: [] },
  },
};

export function recoveryGuidance(recovery: OrderRecovery, locale: Locale): Guidance {
  if (recovery.failureCode) {
    const failure = ticketingFailureGuidance(recovery.failureCode, locale);
    return { ...failure, nextActions: [...recovery.nextActions] };
  }
  return toGuidance(PATH_TEXT[recovery.path], recovery.nextActions, locale);
}
