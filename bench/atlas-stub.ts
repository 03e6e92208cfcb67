/**
 * A stateless Atlas for the HTTP bench: every order exists and is payable, every pay.do is
 * accepted, and each call is counted. Runs in its own process; prints its URL once listening.
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

const calls = new Map<string, number>();

function order(orderNo: string) {
  return {
    status: 0,
    msg: 'success',
    orderNo,
    pnrCode: 'MDQZ7U',
    orderStatus: '0',
    ticketStatus: '0',
    paxTicketInfos: [{ name: 'DOE/JANE', passengerType: 0, ticketNos: [], airlinePNRs: [] }],
    totalPrice: 300.35,
    totalTransactionFee: 2,
    currency: 'USD',
    tktLimitTime: '2099-12-31 23:59:59',
    supportPaymentMethods: [1, 3],
    paymentMethod: null,
    airlineBookings: [{ airlineCode: '5J', airlinePnr: null }],
  };
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
