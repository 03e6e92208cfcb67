import { AtlasClient } from '../atlas/atlas.client';
import { AtlasTransportError } from '../atlas/atlas.errors';
import { Clock } from '../domain/clock';
import { Logger } from '../logging/logger';
import { SEARCH_STATUS_CODES, SearchFailureCode } from './booking-failure-codes';
import { SearchOutcome } from './booking-outcomes';
import { SearchFlightsCommand, validateSearch } from './search-input.validation';
import { encodeOfferId, namedOffer } from './offer-id';

export type SearchFlights = (command: SearchFlightsCommand, log: Logger) => Promise<SearchOutcome>;

const failed = (
  code: SearchFailureCode,
  atlasStatus: number | null = null,
  atlasMessage: string | null = null,
): SearchOutcome => ({ kind: 'failed', code, issues: [], atlasStatus, atlasMessage });

/** Checked input → search.do once → offers, each named by an offerId for priceOffer. */
export function createSearchFlights(deps: {
  atlas: Pick<AtlasClient, 'search'>;
  clock: Clock;
}): SearchFlights {
  return async (command, log) => {
    const valid = validateSearch(command, deps.clock.now());
    if (!valid.ok) {
      return { ...failed(SearchFailureCode.INVALID_SEARCH), issues: valid.issues };
    }
    const request = valid.value;
    let answer;
    try {
      answer = await deps.atlas.search(request, log);
    } catch (error) {
      if (!(error instanceof AtlasTransportError)) throw error;
      log.warn({ err: error.message }, 'search.do failed');
      // Atlas limits search.do per account with HTTP 429 (README "Limits").
      return error.httpStatus === 429
        ? failed(SearchFailureCode.SEARCH_RATE_LIMITED, 429)
        : failed(SearchFailureCode.ATLAS_UNAVAILABLE);
    }
    if (answer.kind === 'refused') {
      return failed(
        SEARCH_STATUS_CODES.get(answer.atlasStatus) ?? SearchFailureCode.UNRECOGNIZED,
        answer.atlasStatus,
        answer.atlasMessage,
      );
    }
    const offers = answer.offers.flatMap((routed) =>
      routed.routingIdentifier
        ? [namedOffer(routed, encodeOfferId(routed.routingIdentifier, request.passengers))]
        : [],
    );
    if (offers.length === 0) return failed(SearchFailureCode.NO_FLIGHTS, 0);
    log.info({ route: `${request.from}-${request.to}`, offers: offers.length }, 'flights found');
    return { kind: 'offers', offers };
  };
}
