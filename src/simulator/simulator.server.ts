import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { answerConfirmationPage, CONFIRMATION_PATH } from './confirmation/confirmation.page';
import { createControlRoutes } from './control/control.routes';
import { createOrderEndpoint } from './endpoints/create-order.endpoint';
import { SimEndpoint } from './endpoints/endpoint';
import { createOrderCommitEndpoint } from './endpoints/order-commit.endpoint';
import { createPayEndpoint } from './endpoints/pay.endpoint';
import { createQueryOrderEndpoint } from './endpoints/query-order.endpoint';
import { createRegenerateOrderEndpoint } from './endpoints/regenerate-order.endpoint';
import { createSimClock } from './sim.clock';
import { createSearchEndpoint } from './endpoints/search.endpoint';
import { createVerifyEndpoint } from './endpoints/verify.endpoint';
import { createSimShopping } from './shopping/sim.shopping';
import { createUpdateWebhookUrlEndpoint } from './endpoints/update-webhook-url.endpoint';
import { createSimFaults, FaultSpec, SimFaults } from './sim.faults';
import { createSimWebhooks, SimWebhooks } from './sim.webhooks';
import { createSimIds } from './sim.ids';
import { createSimStore, SimStore } from './sim.store';

export interface SimulatorOptions {
  clientId: string;
  clientSecret: string;
  ticketingDelayMs: number;
  depositBalance?: number;
}

export interface Simulator {
  readonly store: SimStore;
  readonly faults: SimFaults;
  readonly webhooks: SimWebhooks;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
const TICK_MS = 100;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  httpStatus: number,
  json: unknown,
): void {
  if (json === null) {
    res.writeHead(httpStatus).end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(json));
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(httpStatus, {
    'Content-Type': 'application/json;charset=UTF-8',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(gzip ? gzipSync(payload) : payload);
}

/** Answers a fault in place of the real reply. Returns false for faults that only delay. */
function answerWithFault(fault: FaultSpec, req: IncomingMessage, res: ServerResponse): boolean {
  switch (fault.kind) {
    case 'latency':
    case 'hold':
      return false;
    case 'http-error':
      res
        .writeHead(fault.httpStatus, { 'Content-Type': 'text/html' })
        .end('<html><body>Bad Gateway</body></html>');
      return true;
    case 'timeout':
      return true;
    case 'reset':
      req.socket.destroy();
      return true;
    case 'garbage':
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<html>service temporarily unavailable</html>');
      return true;
    case 'status':
      sendJson(req, res, 200, { status: fault.atlasStatus, msg: 'System error' });
      return true;
  }
}

/** A stateful stand-in for the Atlas endpoints the gateway uses, following ../shared/atlas. */
export function createSimulator(options: SimulatorOptions): Simulator {
  const clock = createSimClock();
  const store = createSimStore({
    clock,
    ids: createSimIds(),
    ticketingDelayMs: options.ticketingDelayMs,
    depositBalance: options.depositBalance ?? 1_000_000,
  });
  const shopping = createSimShopping(clock);
  const faults = createSimFaults();
  const webhooks = createSimWebhooks({ cid: options.clientId, now: clock.now });
  store.onTransition((order) => void webhooks.deliver(order));
  const control = createControlRoutes(store, faults, webhooks);
  const endpoints: Readonly<Record<string, SimEndpoint>> = {
    'search.do': createSearchEndpoint(shopping, clock),
    'verify.do': createVerifyEndpoint(shopping),
    'order.do': createOrderEndpoint(store, shopping),
    'queryOrderDetails.do': createQueryOrderEndpoint(store),
    'orderCommit.do': createOrderCommitEndpoint(store),
    'pay.do': createPayEndpoint(store),
    'regenerateOrder.do': createRegenerateOrderEndpoint(store),
    'updateWebhookURL.do': createUpdateWebhookUrlEndpoint(webhooks),
  };
  // Ticketing runs on its own, as at Atlas: due transitions settle (and send webhooks) unasked.
  let ticker: NodeJS.Timeout | null = null;
  const sockets = new Set<Socket>();

  async function handleAtlas(
    endpoint: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const handler = endpoints[endpoint];
    if (!handler || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    const raw = await readBody(req);
    if (
      req.headers['x-atlas-client-id'] !== options.clientId ||
      req.headers['x-atlas-client-secret'] !== options.clientSecret
    ) {
      store.recordCall({ endpoint, orderNo: null, atlasStatus: 900, fault: null });
      sendJson(req, res, 200, { status: 900, msg: 'Unauthorized' });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      store.recordCall({ endpoint, orderNo: null, atlasStatus: 901, fault: null });
      sendJson(req, res, 200, { status: 901, msg: 'Request body is not valid JSON' });
      return;
    }
    const fault = faults.take(endpoint);
    const { orderNo, originalOrderNo } = body as { orderNo?: unknown; originalOrderNo?: unknown };
    const named = orderNo ?? originalOrderNo;
    const requestedOrder = typeof named === 'string' ? named : null;
    if (fault?.kind === 'latency') await sleep(fault.latencyMs);
    if (fault?.kind === 'hold') await faults.hold();
    if (fault && !fault.afterProcessing && answerWithFault(fault, req, res)) {
      store.recordCall({ endpoint, orderNo: requestedOrder, atlasStatus: null, fault: fault.kind });
      return;
    }
    const reply = await handler(body, { baseUrl: `http://${req.headers.host ?? 'localhost'}/` });
    const atlasStatus = typeof reply.body.status === 'number' ? reply.body.status : null;
    if (fault?.afterProcessing && answerWithFault(fault, req, res)) {
      store.recordCall({ endpoint, orderNo: requestedOrder, atlasStatus, fault: fault.kind });
      return;
    }
    store.recordCall({ endpoint, orderNo: requestedOrder, atlasStatus, fault: null });
    sendJson(req, res, 200, reply.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const path = url.pathname;
    if (path === CONFIRMATION_PATH) {
      await readBody(req);
      const answer = answerConfirmationPage(store, req.method ?? 'GET', url);
      res.writeHead(answer.httpStatus, answer.headers).end(answer.html);
      return;
    }
    if (path.startsWith('/_sim/')) {
      const raw = await readBody(req);
      let body: unknown = undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          sendJson(req, res, 400, { error: 'body is not JSON' });
          return;
        }
      }
      const answer = await control(req.method ?? 'GET', path, body);
      sendJson(req, res, answer.httpStatus, answer.json);
      return;
    }
    await handleAtlas(path.replace(/^\//, ''), req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return {
    store,
    faults,
    webhooks,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          ticker = setInterval(() => store.settleDue(), TICK_MS);
          ticker.unref();
          const address = server.address() as AddressInfo;
          resolve(`http://${host}:${address.port}/`);
        });
      });
    },
    close() {
      if (ticker) clearInterval(ticker);
      faults.release();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
