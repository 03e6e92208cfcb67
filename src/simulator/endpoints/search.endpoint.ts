import { formatSgt } from '../../domain/sgt-time';
import { SimClock } from '../sim.clock';
import { fareFor } from '../shopping/sim.fares';
import { fareSegments, routingWire } from '../shopping/sim.routing.wire';
import { SimShopping } from '../shopping/sim.shopping';
import { SimEndpoint, SimReply } from './endpoint';

/**
 * search.do (search-verify.md) over the fare catalogue. Checks follow the documented request
 * rules: a missing field is 100, an illegal one 102 (no adult, more than 9 seated passengers,
 * more infants than adults, bad code or date), a currency other than USD 124, no fare 114.
 */

const CODE = /^[A-Z]{3}$/;
const DATE = /^\d{8}$/;

function fail(status: number, msg: string): SimReply {
  return { orderNo: null, body: { status, msg, routings: [] } };
}

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = [value.slice(0, 4), value.slice(4, 6), value.slice(6, 8)].map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** Today in Singapore, Atlas's own zone: searches for earlier dates are illegal. */
function todaySgt(now: number): string {
  return formatSgt(new Date(now)).slice(0, 10).replace(/-/g, '');
}

export function createSearchEndpoint(shopping: SimShopping, clock: SimClock): SimEndpoint {
  return async (body) => {
    const request = body as Record<string, unknown>;
    const required = [
      'tripType',
      'adultNum',
      'childNum',
      'infantNum',
      'fromCity',
      'toCity',
      'fromDate',
    ];
    const missing = required.find(
      (field) => request[field] === undefined || request[field] === null,
    );
    if (missing) return fail(100, `Mandatory request data missing: ${missing}`);
    const tripType = String(request.tripType);
    if (tripType !== '1' && tripType !== '2') return fail(102, 'Illegal parameter: tripType');
    const [adults, children, infants] = [request.adultNum, request.childNum, request.infantNum];
    if (![adults, children, infants].every((n) => Number.isInteger(n) && (n as number) >= 0)) {
      return fail(102, 'Illegal parameter: passenger numbers');
    }
    const pax = {
      adults: adults as number,
      children: children as number,
      infants: infants as number,
    };
    if (pax.adults < 1) return fail(102, 'Illegal parameter: at least one adult');
    if (pax.adults + pax.children > 9)
      return fail(102, 'Illegal parameter: more than 9 passengers');
    if (pax.infants > pax.adults) return fail(102, 'Illegal parameter: more infants than adults');
    const { fromCity, toCity, fromDate, retDate } = request;
    if (typeof fromCity !== 'string' || !CODE.test(fromCity))
      return fail(102, 'Illegal parameter: fromCity');
    if (typeof toCity !== 'string' || !CODE.test(toCity) || toCity === fromCity) {
      return fail(102, 'Illegal parameter: toCity');
    }
    const today = todaySgt(clock.now());
    if (typeof fromDate !== 'string' || !isDate(fromDate) || fromDate < today) {
      return fail(102, 'Illegal parameter: fromDate');
    }
    let returnDate: string | null = null;
    if (tripType === '2') {
      if (retDate === undefined || retDate === null)
        return fail(100, 'Mandatory request data missing: retDate');
      if (typeof retDate !== 'string' || !isDate(retDate) || retDate < fromDate) {
        return fail(102, 'Illegal parameter: retDate');
      }
      returnDate = retDate;
    }
    if (request.currency !== undefined && request.currency !== null && request.currency !== 'USD') {
      return fail(124, 'Unsupported settlement currency');
    }
    const fare = fareFor(fromCity, toCity);
    const airlines = Array.isArray(request.airlines) ? (request.airlines as unknown[]) : [];
    if (!fare || (airlines.length > 0 && !airlines.includes(fare.carrier))) {
      return fail(114, 'No flights found');
    }
    const routing = shopping.issueRouting({ fare, fromDate, retDate: returnDate, pax });
    return {
      orderNo: null,
      body: {
        status: 0,
        msg: 'success',
        routings: [
          routingWire({
            routingIdentifier: routing.id,
            segments: fareSegments(fare, fromDate, returnDate),
            prices: fare.prices,
            currency: fare.currency,
            paymentMethods: fare.paymentMethods,
            vendor: fare.vendor,
            infantAllowed: fare.infantAllowed,
          }),
        ],
      },
    };
  };
}
