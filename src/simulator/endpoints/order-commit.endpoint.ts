import { randomUUID } from 'node:crypto';
import { confirmationPageUrl } from '../confirmation/confirmation.page';
import { SimStore } from '../sim.store';
import { SimEndpoint, SimReply, textField } from './endpoint';

/**
 * orderCommit.do (orders.md §2): hands out the page where the traveller confirms a Ryanair order.
 * The docs give 307 for any illegal parameter and say nothing about other carriers or orders past
 * the unpaid state; the simulator answers those with 307 as well. 316 and 317 come from the
 * airline and are reproduced with the fault API.
 */
function fail(status: number, msg: string): SimReply {
  return { orderNo: null, body: { status, msg, confirmationUrl: null } };
}

export function createOrderCommitEndpoint(store: SimStore): SimEndpoint {
  return async (body, { baseUrl }) => {
    const request = body as Record<string, unknown>;
    const orderNo = textField(request.orderNo);
    if (!orderNo) return fail(307, 'Illegal parameter: orderNo');
    // Typed as a string, but the official sample sends a boolean.
    const iframe = request.iframe === true || request.iframe === 'true';
    const redirectUri = textField(request.redirectUri);
    if (!iframe) {
      if (!redirectUri)
        return fail(307, 'Illegal parameter: redirectUri is required without iframe');
      if (!URL.canParse(redirectUri) || !/^https?:$/.test(new URL(redirectUri).protocol)) {
        return fail(307, 'Illegal parameter: redirectUri');
      }
    }
    const order = store.getOrder(orderNo);
    if (!order) return fail(800, 'Order does not exist');
    if (!order.requiresConfirmation) {
      return fail(307, 'Illegal parameter: orderCommit.do is for Ryanair (FR) orders only');
    }
    if (order.orderStatus !== '0') return fail(307, 'Illegal parameter: the order is not unpaid');
    if (store.clock.now() >= order.deadline)
      return fail(307, 'Illegal parameter: the order expired');
    order.confirmationSession = randomUUID();
    return {
      orderNo,
      body: {
        status: 0,
        msg: 'success',
        confirmationUrl: confirmationPageUrl(
          baseUrl,
          order.confirmationSession,
          iframe ? null : redirectUri,
        ),
      },
    };
  };
}
