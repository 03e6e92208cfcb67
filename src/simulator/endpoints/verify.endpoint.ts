import { SimPaxPrices } from '../sim.model';
import { PASSENGER_FIELDS, SimFare } from '../shopping/sim.fares';
import { fareSegments, routingWire } from '../shopping/sim.routing.wire';
import { SimShopping } from '../shopping/sim.shopping';
import { SimEndpoint, SimReply, textField } from './endpoint';

/**
 * verify.do (search-verify.md): re-prices one routing and issues the sessionId order.do needs.
 * An unknown routingIdentifier is 200, one older than 6 h 202; the catalogue's sold-out fare is
 * 210 and its price-rise fare answers with `priceChange`.
 */

function fail(status: number, msg: string): SimReply {
  return { orderNo: null, body: { status, msg, sessionId: null, routing: null } };
}

function verifiedPrices(fare: SimFare): SimPaxPrices {
  if (fare.onVerify.kind !== 'priceRise') return fare.prices;
  const by = fare.onVerify.by;
  const up = (p: { price: number; tax: number }) => ({ price: p.price + by, tax: p.tax });
  return { adult: up(fare.prices.adult), child: up(fare.prices.child), infant: fare.prices.infant };
}

function priceChange(before: SimPaxPrices, after: SimPaxPrices) {
  return {
    isPriceChange:
      before.adult.price !== after.adult.price || before.child.price !== after.child.price,
    originalAdultPrice: before.adult.price,
    originalAdultTax: before.adult.tax,
    originalChildPrice: before.child.price,
    originalChildTax: before.child.tax,
    originalInfantPrice: before.infant.price,
    originalInfantTax: before.infant.tax,
    newAdultPrice: after.adult.price,
    newAdultTax: after.adult.tax,
    newChildPrice: after.child.price,
    newChildTax: after.child.tax,
    newInfantPrice: after.infant.price,
    newInfantTax: after.infant.tax,
  };
}

export function createVerifyEndpoint(shopping: SimShopping): SimEndpoint {
  return async (body) => {
    const id = textField((body as Record<string, unknown>).routingIdentifier);
    if (!id) return fail(100, 'Mandatory request data missing: routingIdentifier');
    const found = shopping.routing(id);
    if (found.kind === 'unknown') return fail(200, 'routingIdentifier is invalid');
    if (found.kind === 'expired') return fail(202, 'routingIdentifier has expired');
    const routing = found.value;
    const { fare } = routing;
    if (fare.onVerify.kind === 'soldOut') return fail(210, 'Fare family sold out');
    const prices = verifiedPrices(fare);
    const session = shopping.issueSession(routing, prices);
    const passenger = Object.fromEntries(
      PASSENGER_FIELDS.map((field) => [field, { required: fare.required.includes(field) }]),
    );
    return {
      orderNo: null,
      body: {
        status: 0,
        msg: 'success',
        sessionId: session.id,
        maxSeats: fare.maxSeats,
        routing: {
          ...routingWire({
            routingIdentifier: routing.id,
            segments: fareSegments(fare, routing.fromDate, routing.retDate),
            prices,
            currency: fare.currency,
            paymentMethods: fare.paymentMethods,
            vendor: fare.vendor,
            infantAllowed: fare.infantAllowed,
          }),
          links: [{ name: 'Fare rules', url: 'https://example.com/fare-rules' }],
        },
        bookingRequirement: { passenger },
        priceChange: priceChange(fare.prices, prices),
      },
    };
  };
}
