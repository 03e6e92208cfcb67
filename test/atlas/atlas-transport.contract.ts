import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { AtlasTransportError } from '../../src/atlas/atlas.errors';
import { AtlasTransport } from '../../src/atlas/atlas.transport';
import { FaultSpec } from '../../src/simulator/sim.faults';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';

const HEADERS = {
  'Content-Type': 'application/json',
  Accept: 'application/json',
  'Accept-Encoding': 'gzip',
  'x-atlas-client-id': SIMULATOR_CREDENTIALS.clientId,
  'x-atlas-client-secret': SIMULATOR_CREDENTIALS.clientSecret,
};

type Closable = AtlasTransport & { close?(): Promise<void> };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** One behaviour for every HTTP transport the Atlas client can use, against the simulator. */
export function atlasTransportContract(name: string, make: (baseUrl: string) => Closable): void {
  describe(`${name}: Atlas transport contract`, () => {
    let simulator: Simulator;
    let transport: Closable;
    const fault = (spec: Partial<FaultSpec>) =>
      simulator.faults.arm({
        endpoint: 'queryOrderDetails.do',
        kind: 'status',
        times: 1,
        latencyMs: 0,
        httpStatus: 502,
        atlasStatus: 0,
        afterProcessing: false,
        ...spec,
      });
    const post = (timeoutMs = 2_000) =>
      transport.post({
        endpoint: 'queryOrderDetails.do',
        headers: HEADERS,
        body: { orderNo: 'NOSUCHORDER1' },
        timeoutMs,
      });
    const failure = async (timeoutMs?: number) => {
      const error = await post(timeoutMs).then(
        () => null,
        (caught: unknown) => caught,
      );
      assert.ok(error instanceof AtlasTransportError, String(error));
      return error;
    };

    before(async () => {
      simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 1_000 });
      transport = make(await simulator.listen(0));
    });
    beforeEach(() => simulator.faults.clear());
    after(async () => {
      simulator.faults.release();
      await transport.close?.();
      await simulator.close();
    });

    it('posts JSON and reads a gzipped answer as text', async () => {
      const response = await post();
      assert.equal(response.httpStatus, 200);
      assert.equal((JSON.parse(response.bodyText) as { status: number }).status, 800);
    });

    it('keeps a non-200 answer as an answer, with its status and body', async () => {
      fault({ kind: 'http-error', httpStatus: 502 });
      const response = await post();
      assert.equal(response.httpStatus, 502);
      assert.match(response.bodyText, /Bad Gateway/);
    });

    it('gives up with a timeout when Atlas does not answer in time', async () => {
      fault({ kind: 'timeout' });
      assert.equal((await failure(200)).kind, 'timeout');
    });

    it('leaves no timer running once a call has its answer or its failure', async () => {
      const timers = () =>
        process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
      await post();
      const before = timers();
      await post();
      fault({ kind: 'http-error', httpStatus: 502 });
      await post();
      fault({ kind: 'timeout' });
      await failure(200);
      assert.equal(timers(), before);
    });

    it('reports a dropped connection as connection, where the request may have arrived', async () => {
      fault({ kind: 'reset' });
      assert.equal((await failure()).kind, 'connection');
    });

    it('reports a refused connection as unreachable: nothing was sent', async () => {
      const closed = make(`http://127.0.0.1:${await freePort()}/`);
      const error = await closed
        .post({ endpoint: 'pay.do', headers: HEADERS, body: {}, timeoutMs: 2_000 })
        .then(
          () => null,
          (caught: unknown) => caught,
        );
      await closed.close?.();
      assert.ok(error instanceof AtlasTransportError);
      assert.equal(error.kind, 'unreachable');
    });
  });
}
