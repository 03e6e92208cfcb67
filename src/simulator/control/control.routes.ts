import { z } from 'zod';
import { SimFaults } from '../sim.faults';
import { SimOrder } from '../sim.model';
import { SimOrderSpec } from '../sim.order-factory';
import { ConfirmResult, SimStore } from '../sim.store';
import { SimWebhooks } from '../sim.webhooks';
import { clockSchema, depositSchema, faultSchema, orderSpecSchema } from './control.schemas';

export interface ControlAnswer {
  httpStatus: number;
  json: unknown;
}

/** Plain view of an order for tests and people: state the wire does not show, like confirmation. */
export function simOrderView(order: SimOrder) {
  return {
    orderNo: order.orderNo,
    orderStatus: order.orderStatus,
    carrier: order.carrier,
    supportPaymentMethods: order.supportPaymentMethods,
    declaredCardBrand: order.declaredCardBrand,
    deadline: new Date(order.deadline).toISOString(),
    requiresConfirmation: order.requiresConfirmation,
    confirmed: order.confirmed,
    regeneratedFrom: order.regeneratedFrom,
    regeneratedAs: order.regeneratedAs,
    paymentMethod: order.paymentMethod,
    errorCode: order.errorCode,
  };
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T | ControlAnswer {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  return {
    httpStatus: 400,
    json: { error: 'invalid control request', issues: parsed.error.issues },
  };
}

function confirmAnswer(result: ConfirmResult): ControlAnswer {
  switch (result.kind) {
    case 'confirmed':
      return { httpStatus: 200, json: simOrderView(result.order) };
    case 'unknown-order':
      return { httpStatus: 404, json: { error: 'no such order' } };
    case 'refused':
      return { httpStatus: 409, json: { error: result.reason } };
  }
}

function isAnswer(value: unknown): value is ControlAnswer {
  return typeof value === 'object' && value !== null && 'httpStatus' in value && 'json' in value;
}

/** The simulator's control API, under /_sim/. Local tooling only: it has no authentication. */
export function createControlRoutes(store: SimStore, faults: SimFaults, webhooks: SimWebhooks) {
  return async (method: string, path: string, body: unknown): Promise<ControlAnswer> => {
    const route = `${method} ${path.replace(/\/[A-Z]{4,5}\d{17}/, '/:orderNo')}`;
    const orderNo = /\/([A-Z]{4,5}\d{17})/.exec(path)?.[1] ?? '';
    switch (route) {
      case 'POST /_sim/orders': {
        const spec = parse(orderSpecSchema, body);
        if (isAnswer(spec)) return spec;
        return { httpStatus: 201, json: simOrderView(store.createOrder(spec as SimOrderSpec)) };
      }
      case 'GET /_sim/orders/:orderNo': {
        const order = store.getOrder(orderNo);
        return order
          ? { httpStatus: 200, json: simOrderView(order) }
          : { httpStatus: 404, json: { error: 'no such order' } };
      }
      case 'POST /_sim/orders/:orderNo/confirm':
        return confirmAnswer(store.confirm(orderNo));
      case 'POST /_sim/clock': {
        const clock = parse(clockSchema, body);
        if (isAnswer(clock)) return clock;
        store.clock.advance(clock.advanceMs);
        return { httpStatus: 200, json: { now: new Date(store.clock.now()).toISOString() } };
      }
      case 'POST /_sim/faults': {
        const fault = parse(faultSchema, body);
        if (isAnswer(fault)) return fault;
        faults.arm(fault);
        return { httpStatus: 201, json: fault };
      }
      case 'DELETE /_sim/faults':
        faults.clear();
        return { httpStatus: 204, json: null };
      case 'GET /_sim/faults/held':
        return { httpStatus: 200, json: { held: faults.held() } };
      case 'POST /_sim/faults/release':
        return { httpStatus: 200, json: { released: faults.release() } };
      case 'GET /_sim/calls':
        return { httpStatus: 200, json: store.calls() };
      case 'DELETE /_sim/calls':
        store.clearCalls();
        return { httpStatus: 204, json: null };
      case 'GET /_sim/webhooks':
        return {
          httpStatus: 200,
          json: { url: webhooks.url(), deliveries: webhooks.deliveries() },
        };
      case 'DELETE /_sim/webhooks':
        webhooks.clear();
        return { httpStatus: 204, json: null };
      case 'PUT /_sim/deposit': {
        const deposit = parse(depositSchema, body);
        if (isAnswer(deposit)) return deposit;
        store.setDepositBalance(deposit.balance);
        return { httpStatus: 200, json: { balance: store.depositBalance() } };
      }
      case 'GET /_sim/deposit':
        return { httpStatus: 200, json: { balance: store.depositBalance() } };
      default:
        return { httpStatus: 404, json: { error: `no control route ${method} ${path}` } };
    }
  };
}
