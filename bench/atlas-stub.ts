/**
 * A stateless Atlas for the HTTP bench: every order exists and is payable, every pay.do is
 * accepted, and each call is counted. Orders are answered in full, as the simulator answers them. Runs in its own process; prints its URL once listening.
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { createSimClock } from '../src/simulator/sim.clock';
import { createSimIds } from '../src/simulator/sim.ids';
import { createSimStore } from '../src/simulator/sim.store';
import { queryOrderResponse } from '../src/simulator/sim.wire';

const calls = new Map<string, number>();

/**
 * The answer the simulator gives for an unpaid two-segment order with deposit and VCC, as Atlas
 * documents it (routing, passengers, payment options: about 3.5 KB), built once; each call only
 * changes its order number and pushes its deadline far out.
 */
const template = (() => {
  const store = createSimStore({
    clock: createSimClock(),
    ids: createSimIds(),
    ticketingDelayMs: 600_000,
    depositBalance: 1_000_000,
  });
  return queryOrderResponse(store.createOrder({ supportPaymentMethods: [1, 3] }));
})();

function order(orderNo: string) {
  return { ...template, orderNo, tktLimitTime: '2099-12-31 23:59:59' };
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const endpoint = (req.url ?? '/').replace(/^\//, '');
    if (req.method === 'GET' && endpoint === '_calls') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(Object.fromEntries(calls)));
      return;
    }
    calls.set(endpoint, (calls.get(endpoint) ?? 0) + 1);
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { orderNo?: string };
    const answer =
      endpoint === 'queryOrderDetails.do'
        ? order(body.orderNo ?? 'UNKNOWN')
        : endpoint === 'pay.do'
          ? { status: 0, msg: 'success', orderNo: body.orderNo, paymentMethod: 1 }
          : { status: 800, msg: 'not found' };
    res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
    res.end(JSON.stringify(answer));
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(
    `stub listening http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`,
  );
});
