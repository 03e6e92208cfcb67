import { SimStore } from '../sim.store';
import { queryOrderResponse } from '../sim.wire';
import { SimEndpoint, textField } from './endpoint';

/**
 * queryOrderDetails.do by orderNo, the key the gateway uses. Lookup by airlinePNR + carrier
 * alone is answered 703 (nothing found): the simulator keeps no PNR index.
 */
export function createQueryOrderEndpoint(store: SimStore): SimEndpoint {
  return async (body) => {
    const request = body as Record<string, unknown>;
    const orderNo = textField(request.orderNo);
    if (!orderNo) {
      const hasPnr = typeof request.airlinePNR === 'string';
      const hasCarrier = typeof request.carrier === 'string';
      if (hasPnr !== hasCarrier)
        return {
          orderNo: null,
          body: { status: 702, msg: 'airlinePNR and carrier are both required' },
        };
      if (hasPnr) return { orderNo: null, body: { status: 703, msg: 'No order found' } };
      return { orderNo: null, body: { status: 100, msg: 'orderNo is required' } };
    }
    const order = store.getOrder(orderNo);
    if (!order) return { orderNo, body: { status: 800, msg: 'Order does not exist' } };
    return { orderNo, body: queryOrderResponse(order) };
  };
}
