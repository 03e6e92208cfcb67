import assert from 'node:assert/strict';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { atlasPost } from '../support/atlas-http';
import { VISA_VCC } from '../support/cards';

interface Received {
  cid: string;
  type: string;
  status: number;
  data: Record<string, unknown>;
}

/** updateWebhookURL.do and event delivery, as webhooks.md describes them. */
describe('simulator webhooks', () => {
  let simulator: Simulator;
  let url: string;
  let receiver: Server;
  let receiverUrl: string;
  let received: Received[] = [];

  const waitForEvent = async (orderNo: string): Promise<Received> => {
    for (let i = 0; i < 100; i += 1) {
      const event = received.find((e) => e.data.orderNo === orderNo);
      if (event) return event;
      await sleep(20);
    }
    throw new Error(`no webhook for ${orderNo}`);
  };

  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 150 });
    url = await simulator.listen(0);
    receiver = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        received.push(JSON.parse(text) as Received);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  after(async () => {
    await simulator.close();
    receiver.close();
  });
  beforeEach(() => {
    received = [];
  });

  it('registers the URL with updateWebhookURL.do and answers status 0', async () => {
    const { json } = await atlasPost(url, 'updateWebhookURL.do', {
      url: receiverUrl,
      cid: SIMULATOR_CREDENTIALS.clientId,
    });
    assert.deepEqual(json, { status: 0, msg: 'success' });
  });

  it('answers 100 when url is missing or not an http(s) URL', async () => {
    for (const body of [{}, { url: '' }, { url: 'ftp://x/y' }, { url: 'not a url' }]) {
      assert.equal((await atlasPost(url, 'updateWebhookURL.do', body)).json.status, 100);
    }
  });

  it('sends order.ticketed with ticket numbers on its own once ticketing finishes', async () => {
    await atlasPost(url, 'updateWebhookURL.do', { url: receiverUrl });
    const orderNo = simulator.store.createOrder({}).orderNo;
    assert.equal((await atlasPost(url, 'pay.do', { orderNo, paymentMethod: 1 })).json.status, 0);
    const event = await waitForEvent(orderNo);
    assert.equal(event.type, 'order.ticketed');
    assert.equal(event.cid, SIMULATOR_CREDENTIALS.clientId);
    assert.equal(event.status, -1);
    assert.equal(event.data.orderStatus, 2);
    const pax = event.data.paxTicketInfos as { ticketNos: string[]; airlinePNRs: string[] }[];
    assert.ok(pax.length > 0 && pax.every((p) => p.ticketNos.length === 1));
    assert.ok(pax.every((p) => p.airlinePNRs.length === 1));
  });

  it('sends order.cancelled with errorCode 604 when the airline declines the card', async () => {
    await atlasPost(url, 'updateWebhookURL.do', { url: receiverUrl });
    const orderNo = simulator.store.createOrder({}).orderNo;
    const payment = await atlasPost(url, 'pay.do', {
      orderNo,
      paymentMethod: 3,
      supportCreditTransPayment: '1',
      creditCard: {
        cardNumber: VISA_VCC,
        cardCVV: '123',
        cardExpireMonth: '12',
        cardExpireYear: '30',
        cardHolderFirstName: 'Reject',
        cardHolderLastName: 'DOE',
      },
    });
    assert.equal(payment.json.status, 0);
    const event = await waitForEvent(orderNo);
    assert.equal(event.type, 'order.cancelled');
    assert.equal(event.data.errorCode, '604');
    assert.equal(typeof event.data.errorMessage, 'string');
  });
});
