// Every GraphQL type module imports this file, so type-graphql's metadata polyfill loads before any decorator runs.
import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';
import { OrderStatus, PassengerType, PaymentMethod } from '../../src/domain/order';
import { PaymentAttemptState } from '../../src/domain/payment-attempt';
import { Locale } from '../../src/guidance/locale';
import { NextAction } from '../../src/guidance/next-action';
import { PaymentFailureCode } from '../../src/payments/payment-failure-code';
import { PaymentDecisionSource } from '../../src/payments/payment-outcome';
import { CommitFailureCode, ConfirmationDisplay } from '../../src/recovery/commit-outcome';
import { RecoveryPath } from '../../src/recovery/order-recovery';
import { RegenerateFailureCode } from '../../src/recovery/regenerate-outcome';
import {
  TICKETING_FAILURE_CODES,
  TicketingFailureCode,
} from '../../src/domain/ticketing-failure-code';
import { ticketingFailureMeaning } from '../../src/guidance/ticketing-failure.catalogue';
import { TicketingSource } from '../../src/ticketing/ticketing-event';

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order stands; Order.atlasOrderStatus keeps the raw value.',
  valuesConfig: {
    UNPAID: { description: 'Created and held; not paid yet (Atlas "0").' },
    TICKETING: { description: 'Payment accepted; the airline is issuing tickets (Atlas "1").' },
    TICKETED: { description: 'Tickets issued (Atlas "2").' },
    CANCELLED: { description: 'Cancelled, e.g. after the airline declined the card (Atlas "-3").' },
  },
});

registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How an order is paid (Atlas paymentMethod).',
  valuesConfig: {
    DEPOSIT: { description: "From the account's pre-funded Atlas deposit (Atlas 1)." },
    VCC: { description: 'Your (virtual) card passed through to the airline (Atlas 3).' },
    BYOA: { description: 'Your own airline account (Atlas 4).' },
    MOR: { description: 'Atlas charges the card as merchant of record (Atlas 5).' },
  },
});

registerEnumType(PassengerType, {
  name: 'PassengerType',
  description: 'Age band of a traveller, as the airline prices it.',
  valuesConfig: {
    ADULT: { description: '12 years or older on the travel date.' },
    CHILD: { description: '2 to 11 years old on the travel date.' },
    INFANT: { description: 'Under 2 years old on the travel date, on an adult’s lap.' },
  },
});

registerEnumType(NextAction, {
  name: 'NextAction',
  description: 'A step a UI can offer; the names match mutations and queries of this graph.',
  valuesConfig: {
    QUERY_ORDER: { description: 'Read the order again (order) before deciding anything.' },
    PAY_ORDER: { description: 'Call payOrder for the order.' },
    WAIT_FOR_TICKETING: { description: 'Follow ticketingStatus; do not pay again.' },
    RETRY_PAYMENT: { description: 'Call payOrder again with the same input, a little later.' },
    FIX_PAYMENT_INPUT: {
      description: 'Correct the fields InvalidPaymentRequest.issues names, then pay.',
    },
    SWITCH_PAYMENT_METHOD: { description: 'Pay with another of the order’s supported methods.' },
    USE_ANOTHER_CARD: { description: 'Pay with a different card.' },
    CHECK_DEPOSIT_BALANCE: {
      description: 'Top up the Atlas deposit (outside this graph), then pay.',
    },
    REGENERATE_ORDER: { description: 'Call regenerateOrder, then pay the new order.' },
    CONFIRM_ORDER: {
      description: 'Ryanair: call commitOrder and let the traveller confirm, then pay.',
    },
    FIX_PASSENGER_DATA: { description: 'Correct the passenger data and book again (createOrder).' },
    REBOOK: { description: 'Make a new booking: searchFlights, priceOffer, createOrder.' },
    SEARCH_AGAIN: { description: 'Call searchFlights again.' },
    FIX_SEARCH: { description: 'Correct the fields the failure names, then search again.' },
    PRICE_AGAIN: { description: 'Call priceOffer again for a fresh bookingToken.' },
    CREATE_ORDER: { description: 'Call createOrder with the bookingToken.' },
    CONTACT_SUPPORT: { description: 'Ask Atlas support, quoting the order number.' },
  },
});

registerEnumType(TicketingSource, {
  name: 'TicketingUpdateSource',
  description: 'What produced a ticketing update.',
  valuesConfig: {
    POLL: { description: 'A read of the order (queryOrderDetails.do): the truth.' },
    WEBHOOK: { description: 'An Atlas webhook: early, and confirmed by a read straight after.' },
  },
});

registerEnumType(Locale, {
  name: 'Locale',
  description: 'Language of guidance text.',
  valuesConfig: {
    EN: { description: 'English.' },
    ZH_CN: { description: 'Simplified Chinese.' },
  },
});

registerEnumType(PaymentDecisionSource, {
  name: 'PaymentDecisionSource',
  description: 'Who decided a payment outcome, and so whether Atlas was asked to pay at all.',
  valuesConfig: {
    INPUT_CHECK: { description: "The gateway's input checks; nothing was sent to Atlas." },
    PRE_CHECK: { description: 'The gateway read the order first; pay.do was not called.' },
    ATLAS: { description: 'Atlas answered pay.do.' },
    TRANSPORT: {
      description:
        "pay.do was sent but Atlas's answer was lost, or (AtlasUnavailable) no connection to Atlas could be made, so it never left.",
    },
    SAFETY_GUARD: {
      description:
        "The gateway's double-payment guard (order lock, idempotency key, ledger, or an earlier payment still settling); pay.do was not called.",
    },
    RECONCILIATION: {
      description:
        'The gateway read the order after an earlier attempt whose answer was lost; pay.do was not called again.',
    },
  },
});

registerEnumType(PaymentAttemptState, {
  name: 'PaymentAttemptState',
  description: 'Where a payment attempt stands, or (in events) what happened to it.',
  valuesConfig: {
    RECORDED: { description: 'Written to the ledger just before pay.do was sent.' },
    SENT: {
      description: 'pay.do left the gateway (an event; the state moves on with the answer).',
    },
    ACCEPTED: { description: 'Atlas accepted the payment (status 0).' },
    FAILED: { description: 'Atlas refused the payment with a status; nothing was charged.' },
    UNKNOWN: { description: 'pay.do was sent but its answer was lost: it may still land.' },
    NOT_SENT: { description: 'No connection to Atlas could be made: pay.do provably never left.' },
    RECONCILED: { description: 'An unknown attempt the order later showed paid.' },
    NOT_TAKEN: {
      description: 'An unknown attempt whose settle window passed with the order still unpaid.',
    },
  },
});

registerEnumType(TicketingFailureCode, {
  name: 'TicketingFailureCode',
  description:
    'Why Atlas cancelled an order during ticketing; TicketingFailure.atlasErrorCode carries the raw code.',
  valuesConfig: {
    ...Object.fromEntries(
      Object.entries(TICKETING_FAILURE_CODES).map(([atlasCode, code]) => [
        code,
        { description: `Atlas ${atlasCode}: ${ticketingFailureMeaning(atlasCode, Locale.EN)}` },
      ]),
    ),
    UNRECOGNIZED: { description: 'A code this gateway does not know yet: see atlasErrorCode.' },
  },
});

/** Card brands as the graph names them; the ledger keeps Atlas's spelling (src/domain/card.ts). */
export enum CardBrandValue {
  VISA = 'VISA',
  MASTERCARD = 'MASTERCARD',
  AMEX = 'AMEX',
  DISCOVER = 'DISCOVER',
  JCB = 'JCB',
  DINERS_CLUB = 'DINERS_CLUB',
}

registerEnumType(CardBrandValue, {
  name: 'CardBrand',
  description: 'Brand of a card, read from its number.',
  valuesConfig: {
    VISA: { description: 'Visa.' },
    MASTERCARD: { description: 'Mastercard.' },
    AMEX: { description: 'American Express.' },
    DISCOVER: { description: 'Discover.' },
    JCB: { description: 'JCB.' },
    DINERS_CLUB: { description: 'Diners Club.' },
  },
});

registerEnumType(RecoveryPath, {
  name: 'RecoveryPath',
  description: 'The way forward for an order now.',
  valuesConfig: {
    PAY: { description: 'Unpaid and payable: call payOrder.' },
    CONFIRM_THEN_PAY: {
      description: 'Ryanair: commitOrder, the traveller confirms, then payOrder.',
    },
    REGENERATE_THEN_PAY: {
      description: 'Past its deadline or cancelled: regenerateOrder, then pay the new order.',
    },
    PAY_REPLACEMENT: {
      description:
        'Regenerated already: pay the order in replacementOrderNo (Order.replacedBy); never regenerate this one again.',
    },
    WAIT_FOR_TICKETING: { description: 'Paid: follow ticketingStatus. Never pay again.' },
    REBOOK: { description: 'Neither paying nor regenerating can help: make a new booking.' },
    NOTHING_TO_DO: { description: 'Ticketed.' },
  },
});

registerEnumType(ConfirmationDisplay, {
  name: 'ConfirmationDisplay',
  description: 'How the Ryanair confirmation page is meant to be shown.',
  valuesConfig: {
    POPUP: { description: 'A popup or new window; Ryanair returns the traveller to redirectUri.' },
    IFRAME: { description: 'Embedded in your page (recommended at most 1028 px wide).' },
  },
});

export {
  CommitFailureCode,
  ConfirmationDisplay,
  RecoveryPath,
  RegenerateFailureCode,
  TicketingFailureCode,
  TicketingSource,
  Locale,
  NextAction,
  OrderStatus,
  PassengerType,
  PaymentAttemptState,
  PaymentDecisionSource,
  PaymentFailureCode,
  PaymentMethod,
};
