import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { GatewayProcess, spawnGatewayProcess } from '../support/gateway-process';
import { until } from '../support/sim-control';
import { postAsBackOffice } from '../support/stack';

interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: { stringValue?: string } }[];
}

/** An OTLP/HTTP JSON receiver on loopback, as a collector would run. */
async function startReceiver(): Promise<{ url: string; spans: OtlpSpan[]; server: Server }> {
  const spans: OtlpSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const payload = JSON.parse(body) as {
          resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
        };
        for (const resource of payload.resourceSpans) {
          for (const scope of resource.scopeSpans) spans.push(...scope.spans);
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, server };
}

const attribute = (span: OtlpSpan, key: string) =>
  span.attributes.find((entry) => entry.key === key)?.value.stringValue;

describe('OpenTelemetry tracing to OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  let simulator: Simulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let gateway: GatewayProcess;
  let dataDir: string;
  before(async () => {
    simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 60_000 });
    const simUrl = await simulator.listen(0);
    receiver = await startReceiver();
    dataDir = await mkdtemp(join(tmpdir(), 'atlas-tracing-'));
    gateway = await spawnGatewayProcess(simUrl, {
      DATA_DIR: dataDir,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '50',
    });
  });
  after(async () => {
    await gateway.close();
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
    await simulator.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('sends a span per operation and per Atlas call, with the request id', async () => {
    const orderNo = simulator.store.createOrder({}).orderNo;
    const requestId = 'req-trace-1';
    const response = await postAsBackOffice(
      gateway.url,
      `mutation PayTraced($o: ID!) { payOrder(input: { orderNo: $o, paymentMethod: DEPOSIT }) { __typename } }`,
      { o: orderNo },
      { 'x-request-id': requestId },
    );
    assert.equal(response.httpStatus, 200);
    await until(
      'the operation span arrives',
      () => receiver.spans.some((span) => attribute(span, 'gateway.request_id') === requestId),
      20_000,
    );
    const operation = receiver.spans.find(
      (span) => attribute(span, 'gateway.request_id') === requestId,
    )!;
    assert.equal(operation.name, 'graphql mutation PayTraced');
    assert.equal(attribute(operation, 'gateway.partner_id'), 'back-office');
    await until(
      'its Atlas spans arrive',
      () => receiver.spans.filter((span) => span.parentSpanId === operation.spanId).length >= 2,
      20_000,
    );
    const children = receiver.spans.filter((span) => span.parentSpanId === operation.spanId);
    assert.deepEqual(children.map((span) => span.name).sort(), [
      'atlas pay.do',
      'atlas queryOrderDetails.do',
    ]);
    assert.ok(children.every((span) => span.traceId === operation.traceId));
  });
});
