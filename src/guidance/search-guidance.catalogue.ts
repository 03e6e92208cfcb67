/**
 * What every searchFlights and priceOffer failure means and what to do next. `retryable`: can
 * the same call succeed once the steps are followed?
 */
import { PriceFailureCode, SearchFailureCode } from '../booking/booking-failure-codes';
import { Guidance } from './guidance';
import { entryGuidance, GuidanceEntry, toGuidance, UNRECOGNIZED_STATUS } from './guidance-entry';
import { Locale } from './locale';
import { NextAction } from './next-action';

const A = NextAction;

export const SEARCH_GUIDANCE: Readonly<Record<SearchFailureCode, GuidanceEntry>> = {
  // When the gateway's checks or Atlas (100–105, 124) refuse the search as asked.
  [SearchFailureCode.INVALID_SEARCH]: {
    retryable: false,
    nextActions: [A.FIX_SEARCH],
    text: {
      EN: {
        summary: 'The search was not valid as asked.',
        steps: ['Correct the fields listed in issues (or named in atlasMessage) and search again.'],
      },
      ZH_CN: { summary: '搜索条件无效。', steps: ['按 issues（或 atlasMessage）修正后重新搜索。'] },
    },
  },
  // When Atlas finds no flight for the route and dates (114).
  [SearchFailureCode.NO_FLIGHTS]: {
    retryable: false,
    nextActions: [A.FIX_SEARCH],
    text: {
      EN: { summary: 'No flights were found.', steps: ['Try other dates, airports or airlines.'] },
      ZH_CN: { summary: '未找到航班。', steps: ['请尝试其他日期、机场或航司。'] },
    },
  },
  // When the route is closed or the airline is inactive (103, 104, 108, 113).
  [SearchFailureCode.ROUTE_UNAVAILABLE]: {
    retryable: false,
    nextActions: [A.FIX_SEARCH],
    text: {
      EN: {
        summary: 'This route or airline cannot be sold right now.',
        steps: ['Search another route or airline, or try again later.'],
      },
      ZH_CN: { summary: '该航线或航司暂不可售。', steps: ['请搜索其他航线或航司，或稍后再试。'] },
    },
  },
  // When the account may not search (106, 107 balance, 111, 123 look-to-book).
  [SearchFailureCode.SEARCH_NOT_PERMITTED]: {
    retryable: false,
    nextActions: [A.CHECK_DEPOSIT_BALANCE, A.CONTACT_SUPPORT],
    text: {
      EN: {
        summary: 'The Atlas account may not search at the moment.',
        steps: ['Check the deposit balance and the account set-up, or contact Atlas support.'],
      },
      ZH_CN: {
        summary: 'Atlas 账户当前不允许搜索。',
        steps: ['检查预存款余额和账户设置，或联系 Atlas 支持。'],
      },
    },
  },
  // When Atlas limits searches (109 daily quota, 110 QPS, HTTP 429).
  [SearchFailureCode.SEARCH_RATE_LIMITED]: {
    retryable: true,
    nextActions: [A.SEARCH_AGAIN],
    text: {
      EN: {
        summary: 'Too many searches for now.',
        steps: ['Wait a few seconds and search again.'],
      },
      ZH_CN: { summary: '搜索过于频繁。', steps: ['稍等几秒后重新搜索。'] },
    },
  },
  // When Atlas timed out or failed (112, 115, 116, 126, 127, 9999) or did not answer.
  [SearchFailureCode.ATLAS_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.SEARCH_AGAIN],
    text: {
      EN: { summary: 'Atlas did not complete the search.', steps: ['Search again shortly.'] },
      ZH_CN: { summary: 'Atlas 未能完成搜索。', steps: ['请稍后重新搜索。'] },
    },
  },
  [SearchFailureCode.UNRECOGNIZED]: UNRECOGNIZED_STATUS,
};

export const PRICE_GUIDANCE: Readonly<Record<PriceFailureCode, GuidanceEntry>> = {
  // When the offer is older than Atlas keeps it (202, 6 h) or was altered (200, 212).
  [PriceFailureCode.OFFER_EXPIRED]: {
    retryable: false,
    nextActions: [A.SEARCH_AGAIN],
    text: {
      EN: {
        summary: 'This offer has expired.',
        steps: ['Search again and price one of the new offers.'],
      },
      ZH_CN: { summary: '该报价已过期。', steps: ['重新搜索并对新的报价验价。'] },
    },
  },
  // When the flight or fare is no longer sold (201, 203, 206–211, 213).
  [PriceFailureCode.OFFER_SOLD_OUT]: {
    retryable: false,
    nextActions: [A.SEARCH_AGAIN],
    text: {
      EN: {
        summary: 'This fare is sold out or no longer offered.',
        steps: ['Search again and choose another flight or fare.'],
      },
      ZH_CN: { summary: '该票价已售罄或不再销售。', steps: ['重新搜索并选择其他航班或票价。'] },
    },
  },
  // When verify timed out or failed on Atlas's or the airline's side (205, 222, 299).
  [PriceFailureCode.PRICE_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.PRICE_AGAIN, A.SEARCH_AGAIN],
    text: {
      EN: {
        summary: 'The airline did not confirm the price this time.',
        steps: ['Price the offer again; if it keeps failing, search again.'],
      },
      ZH_CN: { summary: '航司本次未能确认价格。', steps: ['重新验价；如持续失败，请重新搜索。'] },
    },
  },
  // When Atlas limits verify calls (HTTP 429).
  [PriceFailureCode.PRICE_RATE_LIMITED]: {
    retryable: true,
    nextActions: [A.PRICE_AGAIN],
    text: {
      EN: {
        summary: 'Too many price checks for now.',
        steps: ['Wait a few seconds and price again.'],
      },
      ZH_CN: { summary: '验价过于频繁。', steps: ['稍等几秒后重新验价。'] },
    },
  },
  // When Atlas did not answer verify.do.
  [PriceFailureCode.ATLAS_UNAVAILABLE]: {
    retryable: true,
    nextActions: [A.PRICE_AGAIN],
    text: {
      EN: { summary: 'Atlas did not answer.', steps: ['Price the offer again shortly.'] },
      ZH_CN: { summary: 'Atlas 未响应。', steps: ['请稍后重新验价。'] },
    },
  },
  [PriceFailureCode.UNRECOGNIZED]: UNRECOGNIZED_STATUS,
};

export const searchGuidance = (code: SearchFailureCode, locale: Locale): Guidance =>
  entryGuidance(SEARCH_GUIDANCE, code, locale);

export const priceGuidance = (code: PriceFailureCode, locale: Locale): Guidance =>
  entryGuidance(PRICE_GUIDANCE, code, locale);

/** A priced offer: book it with the token, showing the new total first when it changed. */
export function pricedOfferGuidance(priceChanged: boolean, locale: Locale): Guidance {
  return toGuidance(
    {
      EN: {
        summary: priceChanged
          ? 'The price changed since the search: show the new total before booking.'
          : 'The offer is priced and can be booked.',
        steps: ['Call createOrder with the bookingToken before bookingTokenExpiresAt.'],
      },
      ZH_CN: {
        summary: priceChanged
          ? '价格自搜索以来已变化：预订前请展示新的总价。'
          : '报价已确认，可以预订。',
        steps: ['在 bookingTokenExpiresAt 之前使用 bookingToken 调用 createOrder。'],
      },
    },
    [A.CREATE_ORDER],
    locale,
  );
}
