import { Field, ObjectType } from 'type-graphql';
import { SearchFailureCode } from './booking-enums';
import { failureInterface, resultUnion } from './result-union';
import { FlightOfferObject } from './flight-offer.type';
import { FieldIssueObject } from './payment-result.type';

export const FlightSearchFailureObject = failureInterface<SearchFailureCode>({
  name: 'FlightSearchFailure',
  operation: 'searchFlights',
  atlasCall: 'search.do',
  codeEnum: SearchFailureCode,
});

@ObjectType('FlightOffers', { description: 'The offers found, cheapest fare per flight.' })
export class FlightOffersObject {
  @Field(() => [FlightOfferObject], {
    description: 'Cheapest first; empty never (NoFlightsFound is answered instead).',
  })
  offers!: FlightOfferObject[];
}

@ObjectType('InvalidFlightSearch', {
  implements: FlightSearchFailureObject,
  description:
    "Refused by the gateway's input checks or by Atlas (100–105, 124); Atlas was not asked when issues are set.",
})
export class InvalidFlightSearchObject extends FlightSearchFailureObject {
  @Field(() => [FieldIssueObject], { description: 'One per rejected field of FlightSearchInput.' })
  issues!: FieldIssueObject[];
}

export const SEARCH_FAILURE_TYPENAMES: Readonly<Record<SearchFailureCode, string>> = {
  INVALID_SEARCH: 'InvalidFlightSearch',
  NO_FLIGHTS: 'NoFlightsFound',
  ROUTE_UNAVAILABLE: 'RouteUnavailable',
  SEARCH_NOT_PERMITTED: 'SearchNotPermitted',
  SEARCH_RATE_LIMITED: 'SearchRateLimited',
  ATLAS_UNAVAILABLE: 'SearchAtlasUnavailable',
  UNRECOGNIZED: 'UnrecognizedSearchFailure',
};

const DESCRIPTIONS: Readonly<Record<Exclude<SearchFailureCode, 'INVALID_SEARCH'>, string>> = {
  NO_FLIGHTS: 'No flight for this route and these dates (Atlas 114).',
  ROUTE_UNAVAILABLE:
    'The route is closed or the airline is not selling (Atlas 103, 104, 108, 113).',
  SEARCH_NOT_PERMITTED: 'The Atlas account may not search now (Atlas 106, 107, 111, 123).',
  SEARCH_RATE_LIMITED: "Over Atlas's search limits (Atlas 109, 110, HTTP 429).",
  ATLAS_UNAVAILABLE:
    'Atlas timed out, failed or did not answer (Atlas 112, 115, 116, 126, 127, 9999).',
  UNRECOGNIZED: 'Atlas answered search.do with a status this gateway does not know yet.',
};

export const FlightSearchResultUnion = resultUnion({
  name: 'FlightSearchResult',
  codes: { enum: SearchFailureCode, name: 'SearchFailureCode' },
  operation: 'searchFlights',
  successes: [FlightOffersObject],
  failureInterface: FlightSearchFailureObject,
  typenames: SEARCH_FAILURE_TYPENAMES,
  members: { INVALID_SEARCH: InvalidFlightSearchObject },
  descriptions: DESCRIPTIONS,
});
