/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Some airlines require parts of it for VCC (payment.md §6). */
export type BillingAddressInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2. */
  country?: string | null | undefined;
  /** Postal code. */
  postCode?: string | null | undefined;
  /** Two-letter state or province code, e.g. CA. */
  province?: string | null | undefined;
};

/** Who the airline contacts. Personal data. */
export type BookingContactInput = {
  /** Where the airline writes to. */
  email: string;
  /** Family name, Latin letters. */
  familyName: string;
  /** Given names, Latin letters. */
  givenNames: string;
  /** Where the airline calls; some airlines require it. */
  phone?: PhoneInput | null | undefined;
};

/** A traveller to book, as on the travel document. Personal data: never logged or echoed. */
export type BookingPassengerInput = {
  /** yyyy-MM-dd. Personal data. */
  birthday?: string | null | undefined;
  /** Required when the fare requires it (PricedOffer.requiredPassengerFields). */
  document?: TravelDocumentInput | null | undefined;
  /** As on the travel document, Latin letters. */
  familyName: string;
  /** As on the travel document. */
  gender: Gender;
  /** Given names as on the travel document, Latin letters. */
  givenNames: string;
  /** ISO 3166-1 alpha-2. */
  nationality?: string | null | undefined;
  /** Adult, child or infant on the travel date. */
  type: PassengerType;
};

/** Brand of a card, read from its number. */
export type CardBrand =
  /** American Express. */
  | 'AMEX'
  /** Diners Club. */
  | 'DINERS_CLUB'
  /** Discover. */
  | 'DISCOVER'
  /** JCB. */
  | 'JCB'
  /** Mastercard. */
  | 'MASTERCARD'
  /** Visa. */
  | 'VISA';

/** Card data for VCC and MOR. Never stored, logged or echoed. */
export type CardInput = {
  /** Required by some airlines for VCC. */
  billingAddress?: BillingAddressInput | null | undefined;
  /** Required for VCC, and for MOR unless the card is reusable and used before. */
  cvv?: string | null | undefined;
  /** Two digits, 01 to 12. */
  expiryMonth: string;
  /** Two or four digits. */
  expiryYear: string;
  /** Card holder’s first name, as on the card. */
  holderFirstName: string;
  /** Card holder’s last name, as on the card. */
  holderLastName: string;
  /** Digits; spaces and hyphens are ignored. */
  number: string;
  /** Highest acceptable charge, in the airline currency. */
  paymentLimit?: number | null | undefined;
  /** True for a multi-use card; Atlas is more careful retrying those. */
  reusable?: boolean | null | undefined;
  /** MOR only: the traveller's device IP for 3-D Secure. */
  threeDSIp?: string | null | undefined;
};

/** Stable code of a commitOrder failure: switch on it, never on message text. */
export type CommitFailureCode =
  /** Ryanair answered with an error (Atlas 317). Answered as ConfirmationAirlineError. */
  | 'AIRLINE_ERROR'
  /** Ryanair did not answer in time (Atlas 316). Try again. Answered as ConfirmationTimedOut. */
  | 'AIRLINE_TIMEOUT'
  /** Atlas did not answer; commitOrder charges nothing, so try again. Answered as ConfirmationAtlasUnavailable. */
  | 'ATLAS_UNAVAILABLE'
  /** Not a Ryanair order: pay it directly. Answered as ConfirmationNotRequired. */
  | 'CONFIRMATION_NOT_REQUIRED'
  /** Atlas refused a parameter of the confirmation request (Atlas 307). Answered as ConfirmationRequestInvalid. */
  | 'INVALID_REQUEST'
  /** The order is paid, cancelled or past its hold: nothing to confirm. Answered as OrderNotConfirmable. */
  | 'ORDER_NOT_CONFIRMABLE'
  /** Atlas does not know the order (Atlas 800, or the order read before). Answered as ConfirmationOrderNotFound. */
  | 'ORDER_NOT_FOUND'
  /** Atlas answered orderCommit.do with a status this gateway does not know yet. Answered as UnrecognizedConfirmationFailure. */
  | 'UNRECOGNIZED';

/** How the Ryanair confirmation page is meant to be shown. */
export type ConfirmationDisplay =
  /** Embedded in your page (recommended at most 1028 px wide). */
  | 'IFRAME'
  /** A popup or new window; Ryanair returns the traveller to redirectUri. */
  | 'POPUP';

/** Stable code of a createOrder failure: switch on it, never on message text. */
export type CreateOrderFailureCode =
  /** The account's payment set-up does not allow the booking (Atlas 326, 329). Answered as BookingAccountNotReady. */
  | 'ACCOUNT_NOT_READY'
  /** The airline timed out or refused (Atlas 304, 316, 317, 324); nothing was booked. Answered as AirlineDidNotBook. */
  | 'AIRLINE_FAILED'
  /** The same booking is running (same idempotencyKey, or Atlas 330). Answered as BookingInProgress. */
  | 'BOOKING_IN_PROGRESS'
  /** The bookingToken is past its 2 h (Atlas 301): price the offer again. Answered as BookingTokenExpired. */
  | 'BOOKING_TOKEN_EXPIRED'
  /** The same travellers already hold these flights in a live order (Atlas 318). Answered as DuplicateBookingFound. */
  | 'DUPLICATE_BOOKING'
  /** The seats or fare sold out (Atlas 302, 303, 305, 312, 313, 315, 320, 328): search again. Answered as FareSoldOut. */
  | 'FARE_SOLD_OUT'
  /** The idempotencyKey already booked different input; nothing was sent. Answered as BookingIdempotencyKeyReused. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** order.do was sent and its answer lost: a booking may exist. Resend with the same key. Answered as BookingOutcomeUnknown. */
  | 'OUTCOME_UNKNOWN'
  /** Refused by the gateway's checks (issues set, Atlas not asked) or by Atlas (307, 310, 321, 323, 327, 407–410). Nothing was booked. Answered as PassengerDataRejected. */
  | 'PASSENGER_DATA_REJECTED'
  /** The price or schedule changed since priceOffer (Atlas 306, 308, 319, 322): price again. Answered as PriceChangedSinceOffer. */
  | 'PRICE_CHANGED'
  /** The idempotency record (ledger) or its lock (Redis) is unreachable; nothing was sent. Answered as BookingProtectionUnavailable. */
  | 'PROTECTION_UNAVAILABLE'
  /** Atlas answered order.do with a status this gateway does not know yet. Answered as UnrecognizedBookingFailure. */
  | 'UNRECOGNIZED';

/** What createOrder books: a priced offer, its travellers and a contact. */
export type CreateOrderInput = {
  /** From priceOffer; valid until bookingTokenExpiresAt. */
  bookingToken: string;
  /** MOR only: the brand of the card payOrder will use (else Atlas refuses with 414). */
  cardBrand?: CardBrand | null | undefined;
  /** Your own reference for the booking, for logs and support. */
  clientOrderNo?: string | null | undefined;
  /** Who the airline contacts about the booking. */
  contact: BookingContactInput;
  /** Makes createOrder safe to resend: the same key and input replay the first booking; the same key with other input is refused. Scoped to your partner id; kept IDEMPOTENCY_TTL_SECONDS, like payOrder keys. */
  idempotencyKey?: string | null | undefined;
  /** Language of the guidance. */
  locale?: Locale | null | undefined;
  /** As many of each type as the offer was priced for. */
  passengers: Array<BookingPassengerInput>;
  /** Traffic channel tag passed to Atlas. */
  requestSource?: string | null | undefined;
};

/** One-way when returnDate is absent. */
export type FlightSearchInput = {
  /** At least 1; adults and children together at most 9. */
  adults: number;
  /** Only these carriers (IATA codes). */
  carriers?: Array<string> | null | undefined;
  /** 2–11 years old on the travel date; 0 when absent. */
  children?: number | null | undefined;
  /** Settlement currency; USD when absent (what sandbox accounts need). */
  currency?: string | null | undefined;
  /** yyyy-MM-dd, local to the departure airport. */
  departureDate: string;
  /** IATA airport or city code of departure. */
  from: string;
  /** At most one per adult. */
  infants?: number | null | undefined;
  /** Language of the guidance. */
  locale?: Locale | null | undefined;
  /** yyyy-MM-dd; makes it a return trip. */
  returnDate?: string | null | undefined;
  /** IATA airport or city code of arrival. */
  to: string;
};

/** As on the travel document. */
export type Gender =
  /** Female (Atlas F). */
  | 'FEMALE'
  /** Male (Atlas M). */
  | 'MALE';

/** Language of guidance text. */
export type Locale =
  /** English. */
  | 'EN'
  /** Simplified Chinese. */
  | 'ZH_CN';

/** A step a UI can offer; the names match mutations and queries of this graph. */
export type NextAction =
  /** Top up the Atlas deposit (outside this graph), then pay. */
  | 'CHECK_DEPOSIT_BALANCE'
  /** Ryanair: call commitOrder and let the traveller confirm, then pay. */
  | 'CONFIRM_ORDER'
  /** Ask Atlas support, quoting the order number. */
  | 'CONTACT_SUPPORT'
  /** Call createOrder with the bookingToken. */
  | 'CREATE_ORDER'
  /** Correct the passenger data and book again (createOrder). */
  | 'FIX_PASSENGER_DATA'
  /** Correct the fields InvalidPaymentRequest.issues names, then pay. */
  | 'FIX_PAYMENT_INPUT'
  /** Correct the fields the failure names, then search again. */
  | 'FIX_SEARCH'
  /** Call payOrder for the order. */
  | 'PAY_ORDER'
  /** Call priceOffer again for a fresh bookingToken. */
  | 'PRICE_AGAIN'
  /** Read the order again (order) before deciding anything. */
  | 'QUERY_ORDER'
  /** Make a new booking: searchFlights, priceOffer, createOrder. */
  | 'REBOOK'
  /** Call regenerateOrder, then pay the new order. */
  | 'REGENERATE_ORDER'
  /** Call payOrder again with the same input, a little later. */
  | 'RETRY_PAYMENT'
  /** Call searchFlights again. */
  | 'SEARCH_AGAIN'
  /** Pay with another of the order’s supported methods. */
  | 'SWITCH_PAYMENT_METHOD'
  /** Pay with a different card. */
  | 'USE_ANOTHER_CARD'
  /** Follow ticketingStatus; do not pay again. */
  | 'WAIT_FOR_TICKETING';

/** Where an order stands; Order.atlasOrderStatus keeps the raw value. */
export type OrderStatus =
  /** Cancelled, e.g. after the airline declined the card (Atlas "-3"). */
  | 'CANCELLED'
  /** Tickets issued (Atlas "2"). */
  | 'TICKETED'
  /** Payment accepted; the airline is issuing tickets (Atlas "1"). */
  | 'TICKETING'
  /** Created and held; not paid yet (Atlas "0"). */
  | 'UNPAID';

/** A passenger field a fare may require at booking (verify.do bookingRequirement). */
export type PassengerField =
  /** Date of birth. */
  | 'BIRTHDAY'
  /** The travel document’s expiry date. */
  | 'DOCUMENT_EXPIRY'
  /** The country that issued the travel document. */
  | 'DOCUMENT_ISSUING_COUNTRY'
  /** The travel document’s number. */
  | 'DOCUMENT_NUMBER'
  /** The travel document’s type. */
  | 'DOCUMENT_TYPE'
  /** Gender as on the travel document. */
  | 'GENDER'
  /** Family and given names. */
  | 'NAME'
  /** Nationality, ISO 3166-1 alpha-2. */
  | 'NATIONALITY'
  /** Adult, child or infant. */
  | 'PASSENGER_TYPE';

/** Age band of a traveller, as the airline prices it. */
export type PassengerType =
  /** 12 years or older on the travel date. */
  | 'ADULT'
  /** 2 to 11 years old on the travel date. */
  | 'CHILD'
  /** Under 2 years old on the travel date, on an adult’s lap. */
  | 'INFANT';

/** What payOrder needs: the order, the method and, for VCC and MOR, the card. */
export type PayOrderInput = {
  /** Required for VCC and MOR; refused otherwise. */
  card?: CardInput | null | undefined;
  /** Your own order number, passed to Atlas. */
  clientOrderNo?: string | null | undefined;
  /** Makes payOrder safe to resend: the same key with the same request replays the first result without paying again; the same key with a different request is refused (IdempotencyKeyReused). 1 to 255 characters, scoped to the calling partner, kept at least 24 hours. */
  idempotencyKey?: string | null | undefined;
  /** Guidance language; defaults to Accept-Language. */
  locale?: Locale | null | undefined;
  /** The order to pay. */
  orderNo: string | number;
  /** One of the order’s supportedPaymentMethods. */
  paymentMethod: PaymentMethod;
  /** Traffic channel tag, passed to Atlas. */
  requestSource?: string | null | undefined;
};

/** Where a payment attempt stands, or (in events) what happened to it. */
export type PaymentAttemptState =
  /** Atlas accepted the payment (status 0). */
  | 'ACCEPTED'
  /** Atlas refused the payment with a status; nothing was charged. */
  | 'FAILED'
  /** No connection to Atlas could be made: pay.do provably never left. */
  | 'NOT_SENT'
  /** An unknown attempt whose settle window passed with the order still unpaid. */
  | 'NOT_TAKEN'
  /** An unknown attempt the order later showed paid. */
  | 'RECONCILED'
  /** Written to the ledger just before pay.do was sent. */
  | 'RECORDED'
  /** pay.do left the gateway (an event; the state moves on with the answer). */
  | 'SENT'
  /** pay.do was sent but its answer was lost: it may still land. */
  | 'UNKNOWN';

/** Who decided a payment outcome, and so whether Atlas was asked to pay at all. */
export type PaymentDecisionSource =
  /** Atlas answered pay.do. */
  | 'ATLAS'
  /** The gateway's input checks; nothing was sent to Atlas. */
  | 'INPUT_CHECK'
  /** The gateway read the order first; pay.do was not called. */
  | 'PRE_CHECK'
  /** The gateway read the order after an earlier attempt whose answer was lost; pay.do was not called again. */
  | 'RECONCILIATION'
  /** The gateway's double-payment guard (order lock, idempotency key, ledger, or an earlier payment still settling); pay.do was not called. */
  | 'SAFETY_GUARD'
  /** pay.do was sent but Atlas's answer was lost, or (AtlasUnavailable) no connection to Atlas could be made, so it never left. */
  | 'TRANSPORT';

/** Stable code of a payOrder failure: switch on it, never on message text. */
export type PaymentFailureCode =
  /** Paid; the airline booking reference is pending (Atlas 615). Never pay again. Answered as AirlinePnrPending. */
  | 'AIRLINE_PNR_PENDING'
  /** Atlas could not be reached (the order read before paying failed, or no connection could be made for pay.do), so no payment was sent. Answered as AtlasUnavailable. */
  | 'ATLAS_UNAVAILABLE'
  /** Extra baggage differs between connecting segments (Atlas 409). Answered as BaggageSegmentMismatch. */
  | 'BAGGAGE_SEGMENT_MISMATCH'
  /** The card brand differs from the one declared at booking (Atlas 414). Answered as CardBrandMismatch. */
  | 'CARD_BRAND_MISMATCH'
  /** The card brand is not supported for MoR (Atlas 413). Answered as CardBrandNotSupported. */
  | 'CARD_BRAND_NOT_SUPPORTED'
  /** Contact information has the wrong format (Atlas 410). Answered as ContactInfoInvalid. */
  | 'CONTACT_INFO_INVALID'
  /** The payment deadline passed (Atlas 401). Regenerate the order. Answered as PaymentDeadlinePassed. */
  | 'DEADLINE_PASSED'
  /** The idempotencyKey already named a different request from this caller; nothing was sent. Answered as IdempotencyKeyReused. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Rejected by the gateway's input checks or by Atlas (400); nothing was charged. Answered as InvalidPaymentRequest. */
  | 'INVALID_REQUEST'
  /** No payment method is available for the order (Atlas 412). Answered as NoPaymentMethodAvailable. */
  | 'NO_PAYMENT_METHOD_AVAILABLE'
  /** The order is already paid (Atlas 404). Never pay again. Answered as OrderAlreadyPaid. */
  | 'ORDER_ALREADY_PAID'
  /** A Ryanair order is not confirmed by the traveller yet (Atlas 415). Answered as OrderNotConfirmed. */
  | 'ORDER_NOT_CONFIRMED'
  /** Atlas does not know the order; nothing was charged. Answered as OrderNotFound. */
  | 'ORDER_NOT_FOUND'
  /** The order is ticketed or cancelled (Atlas 402). Never pay again. Answered as OrderNotPayable. */
  | 'ORDER_NOT_PAYABLE'
  /** pay.do was sent but the answer was lost: the payment may or may not have happened. Query the order; do not pay again blindly. Answered as PaymentOutcomeUnknown. */
  | 'OUTCOME_UNKNOWN'
  /** Passenger data fails the airline payment checks (Atlas 407). Answered as PassengerDataInvalid. */
  | 'PASSENGER_DATA_INVALID'
  /** Payment gateway or account failure, e.g. low balance (Atlas 411). Answered as PaymentGatewayError. */
  | 'PAYMENT_GATEWAY_ERROR'
  /** An earlier payment for the order is still running (Atlas 406, or the gateway holds its lock). Wait; do not pay again. Answered as PaymentInProgress. */
  | 'PAYMENT_IN_PROGRESS'
  /** The method is not accepted for this order (Atlas 403). Answered as PaymentMethodNotSupported. */
  | 'PAYMENT_METHOD_NOT_SUPPORTED'
  /** A store of the double-payment guard (Redis locks or the payment ledger) is unreachable, so the gateway refused to pay; nothing was sent. Answered as PaymentProtectionUnavailable. */
  | 'PAYMENT_PROTECTION_UNAVAILABLE'
  /** An earlier pay.do for the order had its answer lost and may still land, so nothing was sent. The gateway reads the order on its own meanwhile. Answered as PaymentStillSettling. */
  | 'PAYMENT_STILL_SETTLING'
  /** A child cannot travel without an adult (Atlas 408). Answered as UnaccompaniedMinor. */
  | 'UNACCOMPANIED_MINOR'
  /** Atlas answered pay.do with a status this gateway does not know yet. Answered as UnrecognizedPaymentFailure. */
  | 'UNRECOGNIZED';

/** How an order is paid (Atlas paymentMethod). */
export type PaymentMethod =
  /** Your own airline account (Atlas 4). */
  | 'BYOA'
  /** From the account's pre-funded Atlas deposit (Atlas 1). */
  | 'DEPOSIT'
  /** Atlas charges the card as merchant of record (Atlas 5). */
  | 'MOR'
  /** Your (virtual) card passed through to the airline (Atlas 3). */
  | 'VCC';

/** A phone number in two parts, digits only. */
export type PhoneInput = {
  /** Country calling code, digits only, e.g. "65". */
  countryCode: string;
  /** Digits only. */
  number: string;
};

/** Stable code of a priceOffer failure: switch on it, never on message text. */
export type PriceFailureCode =
  /** Atlas did not answer verify.do. Answered as PriceAtlasUnavailable. */
  | 'ATLAS_UNAVAILABLE'
  /** The offer is older than 6 h, or its id was altered (Atlas 200, 202, 212): search again. Answered as OfferExpired. */
  | 'OFFER_EXPIRED'
  /** The flight or fare is no longer sold (Atlas 201, 203, 206–211, 213): search again. Answered as OfferSoldOut. */
  | 'OFFER_SOLD_OUT'
  /** Over Atlas's verify limit (HTTP 429). Answered as PriceRateLimited. */
  | 'PRICE_RATE_LIMITED'
  /** The airline did not confirm the price this time (Atlas 205, 222, 299). Answered as PriceUnavailable. */
  | 'PRICE_UNAVAILABLE'
  /** Atlas answered verify.do with a status this gateway does not know yet. Answered as UnrecognizedPriceFailure. */
  | 'UNRECOGNIZED';

/** The way forward for an order now. */
export type RecoveryPath =
  /** Ryanair: commitOrder, the traveller confirms, then payOrder. */
  | 'CONFIRM_THEN_PAY'
  /** Ticketed. */
  | 'NOTHING_TO_DO'
  /** Unpaid and payable: call payOrder. */
  | 'PAY'
  /** Regenerated already: pay the order in replacementOrderNo (Order.replacedBy); never regenerate this one again. */
  | 'PAY_REPLACEMENT'
  /** Neither paying nor regenerating can help: make a new booking. */
  | 'REBOOK'
  /** Past its deadline or cancelled: regenerateOrder, then pay the new order. */
  | 'REGENERATE_THEN_PAY'
  /** Paid: follow ticketingStatus. Never pay again. */
  | 'WAIT_FOR_TICKETING';

/** Stable code of a regenerateOrder failure: switch on it, never on message text. */
export type RegenerateFailureCode =
  /** The account's payment set-up does not allow it (Atlas 326, 329). Answered as AccountNotReady. */
  | 'ACCOUNT_NOT_READY'
  /** The airline timed out or refused the booking (Atlas 304, 316, 317, 324). Answered as AirlineBookingFailed. */
  | 'AIRLINE_FAILED'
  /** Atlas did not answer the order read; nothing was booked. Answered as RegenerateAtlasUnavailable. */
  | 'ATLAS_UNAVAILABLE'
  /** Atlas refused the original's passenger or contact data (Atlas 307, 309, 310, 321, 323, 325, 327, 407–410). Answered as BookingDataRejected. */
  | 'BOOKING_DATA_REJECTED'
  /** An order for the same trip and passengers exists already (Atlas 318), e.g. one regenerated before. Answered as DuplicateBookingSuspected. */
  | 'DUPLICATE_BOOKING'
  /** A payment or regeneration of the order is running (gateway lock, or Atlas 330). Wait. Answered as OrderBusy. */
  | 'ORDER_BUSY'
  /** Atlas does not know the order. Answered as RegenerateOrderNotFound. */
  | 'ORDER_NOT_FOUND'
  /** The order is paid (ticketing, ticketed, 615, or Atlas 314): never regenerate or pay again. Answered as OrderNotRegenerable. */
  | 'ORDER_NOT_REGENERABLE'
  /** The order is unpaid inside its deadline: pay it instead of booking the trip twice. Answered as OrderStillPayable. */
  | 'ORDER_STILL_PAYABLE'
  /** regenerateOrder.do was sent but the answer was lost: a new order may exist. Call again to learn it. Answered as RegenerateOutcomeUnknown. */
  | 'OUTCOME_UNKNOWN'
  /** The price or schedule changed (Atlas 306, 308, 319, 322). Answered as PriceOrScheduleChanged. */
  | 'PRICE_OR_SCHEDULE_CHANGED'
  /** The order lock (Redis) or the ledger (which records whose order it is) is unreachable; nothing was sent. Answered as RegenerateProtectionUnavailable. */
  | 'PROTECTION_UNAVAILABLE'
  /** The trip cannot be booked again as it was (Atlas 301–305, 312–315, 320, 328). Answered as TripUnavailable. */
  | 'TRIP_UNAVAILABLE'
  /** Atlas answered regenerateOrder.do with a status this gateway does not know yet. Answered as UnrecognizedRegenerateFailure. */
  | 'UNRECOGNIZED';

/** Stable code of a searchFlights failure: switch on it, never on message text. */
export type SearchFailureCode =
  /** Atlas timed out, failed or did not answer (Atlas 112, 115, 116, 126, 127, 9999). Answered as SearchAtlasUnavailable. */
  | 'ATLAS_UNAVAILABLE'
  /** Refused by the gateway's input checks or by Atlas (100–105, 124); Atlas was not asked when issues are set. Answered as InvalidFlightSearch. */
  | 'INVALID_SEARCH'
  /** No flight for this route and these dates (Atlas 114). Answered as NoFlightsFound. */
  | 'NO_FLIGHTS'
  /** The route is closed or the airline is not selling (Atlas 103, 104, 108, 113). Answered as RouteUnavailable. */
  | 'ROUTE_UNAVAILABLE'
  /** The Atlas account may not search now (Atlas 106, 107, 111, 123). Answered as SearchNotPermitted. */
  | 'SEARCH_NOT_PERMITTED'
  /** Over Atlas's search limits (Atlas 109, 110, HTTP 429). Answered as SearchRateLimited. */
  | 'SEARCH_RATE_LIMITED'
  /** Atlas answered search.do with a status this gateway does not know yet. Answered as UnrecognizedSearchFailure. */
  | 'UNRECOGNIZED';

/** Why Atlas cancelled an order during ticketing; TicketingFailure.atlasErrorCode carries the raw code. */
export type TicketingFailureCode =
  /** Atlas 615: Payment is done but the airline booking reference is pending. */
  | 'AIRLINE_PNR_PENDING'
  /** Atlas 632: The airline's risk control blocked ticketing. */
  | 'AIRLINE_RISK_BLOCKED_TICKETING'
  /** Atlas 633: The airline's risk control declined the payment. */
  | 'AIRLINE_RISK_DECLINED_PAYMENT'
  /** Atlas 613: The airline's risk control rejected the order. */
  | 'AIRLINE_RISK_REJECTED_ORDER'
  /** Atlas 634: The airline system had a problem. */
  | 'AIRLINE_SYSTEM_ERROR'
  /** Atlas 699: Atlas had a system problem. */
  | 'ATLAS_SYSTEM_ERROR'
  /** Atlas 631: The baggage price changed at fulfilment. */
  | 'BAGGAGE_PRICE_CHANGED'
  /** Atlas 618: Baggage weight does not match the airline options. */
  | 'BAGGAGE_WEIGHT_MISMATCH'
  /** Atlas 604: The airline declined the payment card. */
  | 'CARD_DECLINED_BY_AIRLINE'
  /** Atlas 623: The card's balance or spending limit is too low. */
  | 'CARD_LIMIT_TOO_LOW'
  /** Atlas 614: A child's age is wrong. */
  | 'CHILD_AGE_WRONG'
  /** Atlas 609: The airline blocks the contact e-mail. */
  | 'CONTACT_EMAIL_BLOCKED'
  /** Atlas 617: The deposit balance was too low at ticketing. */
  | 'DEPOSIT_TOO_LOW'
  /** Atlas 608: A duplicate booking was found at ticketing. */
  | 'DUPLICATE_BOOKING'
  /** Atlas 601: The fare changed at ticketing. */
  | 'FARE_CHANGED'
  /** Atlas 602: The flight is no longer found at the airline. */
  | 'FLIGHT_NOT_FOUND'
  /** Atlas 603: The flight sold out before issuance. */
  | 'FLIGHT_SOLD_OUT'
  /** Atlas 621: This airline does not accept infants. */
  | 'INFANTS_NOT_ACCEPTED'
  /** Atlas 625: The frequent-flyer case needs manual issuance. */
  | 'MANUAL_ISSUANCE_NEEDED'
  /** Atlas 605: Passenger data is wrong. */
  | 'PASSENGER_DATA_WRONG'
  /** Atlas 6051: A passenger is on a government no-fly or credit blacklist. */
  | 'PASSENGER_ON_NO_FLY_LIST'
  /** Atlas 619: Payment data sent with the payment was missing or wrong. */
  | 'PAYMENT_DATA_INVALID'
  /** Atlas 611: The airline cancelled the PNR or the time limit passed. */
  | 'PNR_CANCELLED_OR_EXPIRED'
  /** Atlas 620: The airline restricts this return fare type. */
  | 'RETURN_FARE_RESTRICTED'
  /** Atlas 624: Round trips are temporarily unsupported. */
  | 'ROUND_TRIP_UNSUPPORTED'
  /** Atlas 606: The airline changed the schedule. */
  | 'SCHEDULE_CHANGED'
  /** Atlas 607: Seats sold out. */
  | 'SEATS_SOLD_OUT'
  /** Atlas 616: The card requires 3-D Secure, which is not supported here. */
  | 'THREE_D_SECURE_REQUIRED'
  /** Atlas 626: The airline reports unpaid services on the PNR. */
  | 'UNPAID_SERVICES_ON_PNR'
  /** A code this gateway does not know yet: see atlasErrorCode. */
  | 'UNRECOGNIZED';

/** What produced a ticketing update. */
export type TicketingUpdateSource =
  /** A read of the order (queryOrderDetails.do): the truth. */
  | 'POLL'
  /** An Atlas webhook: early, and confirmed by a read straight after. */
  | 'WEBHOOK';

/** The travel document a passenger flies on. Personal data: never logged or echoed. */
export type TravelDocumentInput = {
  /** yyyy-MM-dd. */
  expiryDate?: string | null | undefined;
  /** ISO 3166-1 alpha-2. */
  issuingCountry?: string | null | undefined;
  /** Personal data: never logged or echoed. */
  number: string;
  /** The kind of document. */
  type: TravelDocumentType;
};

/** Identity document types Atlas accepts (order.do cardType PP, NATIONAL_ID_CARD, GA, TW, TB, HY). */
export type TravelDocumentType =
  /** Mainland travel permit for Hong Kong and Macau residents (Atlas GA). */
  | 'HK_MACAU_PERMIT'
  /** Household register (Atlas HY). */
  | 'HOUSEHOLD_REGISTER'
  /** National identity card (Atlas NATIONAL_ID_CARD). */
  | 'NATIONAL_ID'
  /** Passport (Atlas PP). */
  | 'PASSPORT'
  /** Taiwan compatriot permit (Atlas TB). */
  | 'TAIWAN_COMPATRIOT_PERMIT'
  /** Mainland travel permit for Taiwan residents (Atlas TW). */
  | 'TAIWAN_PERMIT';

export type SearchFlightsQueryVariables = Exact<{
  input: FlightSearchInput;
}>;


export type SearchFlightsQuery = { searchFlights:
    | { __typename: 'FlightOffers', offers: Array<{ offerId: string, supportedPaymentMethods: Array<PaymentMethod>, confirmationRequired: boolean, totalPrice: { amount: string, currency: string, minorUnits: number | null }, itinerary: Array<{ flightNumber: string, departureAirport: string, arrivalAirport: string, departureTime: string | null, arrivalTime: string | null, durationMinutes: number | null }> }> }
    | { __typename: 'InvalidFlightSearch', code: SearchFailureCode, retryable: boolean, message: string, issues: Array<{ field: string, message: string }>, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'NoFlightsFound', code: SearchFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'RouteUnavailable', code: SearchFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'SearchAtlasUnavailable', code: SearchFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'SearchNotPermitted', code: SearchFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'SearchRateLimited', code: SearchFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'UnrecognizedSearchFailure', code: SearchFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
   };

export type PriceOfferQueryVariables = Exact<{
  offerId: string | number;
}>;


export type PriceOfferQuery = { priceOffer:
    | { __typename: 'OfferExpired', code: PriceFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OfferSoldOut', code: PriceFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PriceAtlasUnavailable', code: PriceFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PriceRateLimited', code: PriceFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PriceUnavailable', code: PriceFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PricedOffer', priceChanged: boolean, requiredPassengerFields: Array<PassengerField>, bookingToken: string, bookingTokenExpiresAt: string, newTotal: { amount: string, currency: string } }
    | { __typename: 'UnrecognizedPriceFailure', code: PriceFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
   };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder:
    | { __typename: 'AirlineDidNotBook', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'BookingAccountNotReady', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'BookingIdempotencyKeyReused', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'BookingInProgress', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'BookingOutcomeUnknown', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'BookingProtectionUnavailable', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'BookingTokenExpired', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'DuplicateBookingFound', duplicateOrders: Array<string>, code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'FareSoldOut', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderCreated', replayed: boolean, order: { id: string, orderNo: string, status: OrderStatus, paymentDeadline: string | null, supportedPaymentMethods: Array<PaymentMethod>, paymentMethod: PaymentMethod | null, airlineCodes: Array<string>, totalPrice: { amount: string, currency: string, minorUnits: number | null } | null, passengers: Array<{ name: string, type: PassengerType, ticketNumbers: Array<string>, airlinePnrs: Array<string> }>, failure: { code: TicketingFailureCode, atlasErrorCode: string, meaning: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } } | null, recovery: { path: RecoveryPath, canPayAsIs: boolean, paymentMethods: Array<PaymentMethod>, mustConfirmFirst: boolean, mustRegenerate: boolean, payingAgainWouldBeWrong: boolean, replacementOrderNo: string | null, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }, replacedBy: { id: string, orderNo: string, status: OrderStatus } | null, replaces: { id: string, orderNo: string } | null }, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PassengerDataRejected', code: CreateOrderFailureCode, retryable: boolean, message: string, issues: Array<{ field: string, message: string }>, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PriceChangedSinceOffer', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'UnrecognizedBookingFailure', code: CreateOrderFailureCode, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
   };

export type AdviceFragment = { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale };

export type CheckoutOrderFragment = { id: string, orderNo: string, status: OrderStatus, paymentDeadline: string | null, supportedPaymentMethods: Array<PaymentMethod>, paymentMethod: PaymentMethod | null, airlineCodes: Array<string>, totalPrice: { amount: string, currency: string, minorUnits: number | null } | null, passengers: Array<{ name: string, type: PassengerType, ticketNumbers: Array<string>, airlinePnrs: Array<string> }>, failure: { code: TicketingFailureCode, atlasErrorCode: string, meaning: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } } | null, recovery: { path: RecoveryPath, canPayAsIs: boolean, paymentMethods: Array<PaymentMethod>, mustConfirmFirst: boolean, mustRegenerate: boolean, payingAgainWouldBeWrong: boolean, replacementOrderNo: string | null, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }, replacedBy: { id: string, orderNo: string, status: OrderStatus } | null, replaces: { id: string, orderNo: string } | null };

export type ReadOrderQueryVariables = Exact<{
  orderNo: string | number;
}>;


export type ReadOrderQuery = { order: { id: string, orderNo: string, status: OrderStatus, paymentDeadline: string | null, supportedPaymentMethods: Array<PaymentMethod>, paymentMethod: PaymentMethod | null, airlineCodes: Array<string>, totalPrice: { amount: string, currency: string, minorUnits: number | null } | null, passengers: Array<{ name: string, type: PassengerType, ticketNumbers: Array<string>, airlinePnrs: Array<string> }>, failure: { code: TicketingFailureCode, atlasErrorCode: string, meaning: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } } | null, recovery: { path: RecoveryPath, canPayAsIs: boolean, paymentMethods: Array<PaymentMethod>, mustConfirmFirst: boolean, mustRegenerate: boolean, payingAgainWouldBeWrong: boolean, replacementOrderNo: string | null, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }, replacedBy: { id: string, orderNo: string, status: OrderStatus } | null, replaces: { id: string, orderNo: string } | null } | null };

export type ReadOrdersQueryVariables = Exact<{
  orderNos: Array<string | number> | string | number;
}>;


export type ReadOrdersQuery = { orders: Array<{ id: string, orderNo: string, status: OrderStatus } | null> };

export type OrderPaymentsQueryVariables = Exact<{
  orderNo: string | number;
}>;


export type OrderPaymentsQuery = { order: { id: string, payments: Array<{ id: string, attemptId: string, state: PaymentAttemptState, method: PaymentMethod, cardBrand: CardBrand | null, cardLast4: string | null, atlasStatus: number | null, decidedBy: PaymentDecisionSource | null, createdAt: string, settledAt: string | null, outcome: { member: string, code: PaymentFailureCode | null } | null, events: Array<{ type: PaymentAttemptState, at: string, atlasStatus: number | null }> }> } | null };

export type PaymentGuidanceQueryVariables = Exact<{
  code: PaymentFailureCode;
  locale?: Locale | null | undefined;
}>;


export type PaymentGuidanceQuery = { paymentGuidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } };

export type PayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type PayOrderMutation = { payOrder:
    | { __typename: 'AirlinePnrPending', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'AtlasUnavailable', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'BaggageSegmentMismatch', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'CardBrandMismatch', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'CardBrandNotSupported', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'ContactInfoInvalid', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'IdempotencyKeyReused', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'InvalidPaymentRequest', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale }, issues: Array<{ field: string, message: string }> }
    | { __typename: 'NoPaymentMethodAvailable', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderAlreadyPaid', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderNotConfirmed', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderNotFound', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderNotPayable', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PassengerDataInvalid', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PaymentAccepted', orderNo: string, paymentMethod: PaymentMethod, message: string, cardLast4: string | null, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale }, order: { id: string, orderNo: string, status: OrderStatus, paymentDeadline: string | null, supportedPaymentMethods: Array<PaymentMethod>, paymentMethod: PaymentMethod | null, airlineCodes: Array<string>, totalPrice: { amount: string, currency: string, minorUnits: number | null } | null, passengers: Array<{ name: string, type: PassengerType, ticketNumbers: Array<string>, airlinePnrs: Array<string> }>, failure: { code: TicketingFailureCode, atlasErrorCode: string, meaning: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } } | null, recovery: { path: RecoveryPath, canPayAsIs: boolean, paymentMethods: Array<PaymentMethod>, mustConfirmFirst: boolean, mustRegenerate: boolean, payingAgainWouldBeWrong: boolean, replacementOrderNo: string | null, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }, replacedBy: { id: string, orderNo: string, status: OrderStatus } | null, replaces: { id: string, orderNo: string } | null } | null }
    | { __typename: 'PaymentDeadlinePassed', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PaymentGatewayError', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PaymentInProgress', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PaymentMethodNotSupported', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PaymentOutcomeUnknown', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PaymentProtectionUnavailable', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PaymentStillSettling', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, settlesAt: string, retryAfterSeconds: number, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'UnaccompaniedMinor', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'UnrecognizedPaymentFailure', code: PaymentFailureCode, atlasStatus: number | null, retryable: boolean, message: string, atlasMessage: string | null, orderNo: string, decidedBy: PaymentDecisionSource, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
   };

export type CommitOrderMutationVariables = Exact<{
  orderNo: string | number;
  redirectUri?: string | null | undefined;
  iframe?: boolean | null | undefined;
}>;


export type CommitOrderMutation = { commitOrder:
    | { __typename: 'ConfirmationAirlineError', code: CommitFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'ConfirmationAtlasUnavailable', code: CommitFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'ConfirmationNotRequired', code: CommitFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'ConfirmationOrderNotFound', code: CommitFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'ConfirmationPageReady', orderNo: string, confirmationUrl: string, display: ConfirmationDisplay, confirmBefore: string | null, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'ConfirmationRequestInvalid', code: CommitFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'ConfirmationTimedOut', code: CommitFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderNotConfirmable', code: CommitFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'UnrecognizedConfirmationFailure', code: CommitFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
   };

export type RegenerateOrderMutationVariables = Exact<{
  orderNo: string | number;
}>;


export type RegenerateOrderMutation = { regenerateOrder:
    | { __typename: 'AccountNotReady', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'AirlineBookingFailed', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'BookingDataRejected', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'DuplicateBookingSuspected', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, duplicateOrders: Array<string>, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderBusy', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderNotRegenerable', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderRegenerated', originalOrderNo: string, order: { id: string, orderNo: string, status: OrderStatus, paymentDeadline: string | null, supportedPaymentMethods: Array<PaymentMethod>, paymentMethod: PaymentMethod | null, airlineCodes: Array<string>, totalPrice: { amount: string, currency: string, minorUnits: number | null } | null, passengers: Array<{ name: string, type: PassengerType, ticketNumbers: Array<string>, airlinePnrs: Array<string> }>, failure: { code: TicketingFailureCode, atlasErrorCode: string, meaning: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } } | null, recovery: { path: RecoveryPath, canPayAsIs: boolean, paymentMethods: Array<PaymentMethod>, mustConfirmFirst: boolean, mustRegenerate: boolean, payingAgainWouldBeWrong: boolean, replacementOrderNo: string | null, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }, replacedBy: { id: string, orderNo: string, status: OrderStatus } | null, replaces: { id: string, orderNo: string } | null }, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'OrderStillPayable', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'PriceOrScheduleChanged', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'RegenerateAtlasUnavailable', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'RegenerateOrderNotFound', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'RegenerateOutcomeUnknown', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'RegenerateProtectionUnavailable', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'TripUnavailable', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
    | { __typename: 'UnrecognizedRegenerateFailure', code: RegenerateFailureCode, atlasStatus: number | null, retryable: boolean, message: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } }
   };

export type TicketingStatusSubscriptionVariables = Exact<{
  orderNo: string | number;
  locale?: Locale | null | undefined;
}>;


export type TicketingStatusSubscription = { ticketingStatus: { orderNo: string, status: OrderStatus, previousStatus: OrderStatus | null, final: boolean, stale: boolean, occurredAt: string, source: TicketingUpdateSource, passengers: Array<{ name: string, ticketNumbers: Array<string>, airlinePnrs: Array<string> }>, failure: { code: TicketingFailureCode, atlasErrorCode: string, meaning: string, guidance: { summary: string, steps: Array<string>, nextActions: Array<NextAction>, locale: Locale } } | null } };

export const AdviceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<AdviceFragment, unknown>;
export const CheckoutOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"airlineCodes"}},{"kind":"Field","name":{"kind":"Name","value":"passengers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"airlinePnrs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"canPayAsIs"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"mustConfirmFirst"}},{"kind":"Field","name":{"kind":"Name","value":"mustRegenerate"}},{"kind":"Field","name":{"kind":"Name","value":"payingAgainWouldBeWrong"}},{"kind":"Field","name":{"kind":"Name","value":"replacementOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<CheckoutOrderFragment, unknown>;
export const SearchFlightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFlights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlightSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchFlights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlightOffers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"itinerary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flightNumber"}},{"kind":"Field","name":{"kind":"Name","value":"departureAirport"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalAirport"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidFlightSearch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlightSearchFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<SearchFlightsQuery, SearchFlightsQueryVariables>;
export const PriceOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PricedOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceChanged"}},{"kind":"Field","name":{"kind":"Name","value":"newTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredPassengerFields"}},{"kind":"Field","name":{"kind":"Name","value":"bookingToken"}},{"kind":"Field","name":{"kind":"Name","value":"bookingTokenExpiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceOfferFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<PriceOfferQuery, PriceOfferQueryVariables>;
export const CreateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCreated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PassengerDataRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateBookingFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateOrders"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"airlineCodes"}},{"kind":"Field","name":{"kind":"Name","value":"passengers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"airlinePnrs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"canPayAsIs"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"mustConfirmFirst"}},{"kind":"Field","name":{"kind":"Name","value":"mustRegenerate"}},{"kind":"Field","name":{"kind":"Name","value":"payingAgainWouldBeWrong"}},{"kind":"Field","name":{"kind":"Name","value":"replacementOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}}]}}]}}]} as unknown as DocumentNode<CreateOrderMutation, CreateOrderMutationVariables>;
export const ReadOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"airlineCodes"}},{"kind":"Field","name":{"kind":"Name","value":"passengers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"airlinePnrs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"canPayAsIs"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"mustConfirmFirst"}},{"kind":"Field","name":{"kind":"Name","value":"mustRegenerate"}},{"kind":"Field","name":{"kind":"Name","value":"payingAgainWouldBeWrong"}},{"kind":"Field","name":{"kind":"Name","value":"replacementOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}}]}}]}}]} as unknown as DocumentNode<ReadOrderQuery, ReadOrderQueryVariables>;
export const ReadOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNos"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderNos"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNos"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReadOrdersQuery, ReadOrdersQueryVariables>;
export const OrderPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cardBrand"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}},{"kind":"Field","name":{"kind":"Name","value":"atlasStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"atlasStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderPaymentsQuery, OrderPaymentsQueryVariables>;
export const PaymentGuidanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentGuidance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFailureCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentGuidance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<PaymentGuidanceQuery, PaymentGuidanceQueryVariables>;
export const PayOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutOrder"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasStatus"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"atlasMessage"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidPaymentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStillSettling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlesAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"airlineCodes"}},{"kind":"Field","name":{"kind":"Name","value":"passengers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"airlinePnrs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"canPayAsIs"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"mustConfirmFirst"}},{"kind":"Field","name":{"kind":"Name","value":"mustRegenerate"}},{"kind":"Field","name":{"kind":"Name","value":"payingAgainWouldBeWrong"}},{"kind":"Field","name":{"kind":"Name","value":"replacementOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}}]}}]}}]} as unknown as DocumentNode<PayOrderMutation, PayOrderMutationVariables>;
export const CommitOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iframe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}}},{"kind":"Argument","name":{"kind":"Name","value":"redirectUri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redirectUri"}}},{"kind":"Argument","name":{"kind":"Name","value":"iframe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iframe"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmationPageReady"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"confirmBefore"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitOrderFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasStatus"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<CommitOrderMutation, CommitOrderMutationVariables>;
export const RegenerateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRegenerated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegenerateOrderFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasStatus"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateBookingSuspected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateOrders"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"airlineCodes"}},{"kind":"Field","name":{"kind":"Name","value":"passengers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"airlinePnrs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"canPayAsIs"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"mustConfirmFirst"}},{"kind":"Field","name":{"kind":"Name","value":"mustRegenerate"}},{"kind":"Field","name":{"kind":"Name","value":"payingAgainWouldBeWrong"}},{"kind":"Field","name":{"kind":"Name","value":"replacementOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}}]}}]}}]} as unknown as DocumentNode<RegenerateOrderMutation, RegenerateOrderMutationVariables>;
export const TicketingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNo"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"passengers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"airlinePnrs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"atlasErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Advice"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Advice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<TicketingStatusSubscription, TicketingStatusSubscriptionVariables>;