/**
 * The gateway and simulator under measurement, in their own process so that the bench's
 * clients do not blur its memory figures. Driven by the bench over IPC.
 */
import { SIMULATOR_CREDENTIALS } from '../src/config';
import { createGateway } from '../src/gateway';
import { createLogger } from '../src/logging/logger';
import { openLedger } from '../src/ledger/open-ledger';
import { createAuthenticator } from '../src/partners/authenticate';
import { openPartnerDirectory } from '../src/partners/partner-directory';
import { createMemoryRateLimiter } from '../src/safety/rate-limiter.memory';
import { BENCH_PARTNER } from './bench-partner';
import { createMemoryOrderLockStore } from '../src/safety/order-lock.memory-store';
import { createSimulator } from '../src/simulator/simulator.server';
import { processUsage } from './process-usage';
import { airportLocalTime } from '../src/atlas/airport-local-time';

type Request =
  | { op: 'orders'; count: number }
  | { op: 'memory' }
  | { op: 'queries' }
  | { op: 'settleAll' }
  | { op: 'transitions' }
  | { op: 'usage' };

async function main(): Promise<void> {
  const webhooks = process.env.BENCH_WEBHOOKS !== 'off';
  const intervalMs = Number(process.env.BENCH_POLL_INTERVAL_MS ?? 1000);
  const simulator = createSimulator({ ...SIMULATOR_CREDENTIALS, ticketingDelayMs: 600_000 });
  const simUrl = await simulator.listen(0);
  const transitions = new Map<string, number>();
  simulator.store.onTransition((order) => transitions.set(order.orderNo, Date.now()));
  const logger = createLogger({ level: 'silent' });
  const ledger = await openLedger({ kind: 'embedded', dataDir: null }, logger);
  const gateway = createGateway({
    atlasBaseUrl: simUrl,
    ...SIMULATOR_CREDENTIALS,
    timeoutMs: 5_000,
    payTimeoutMs: 30_000,
    queryRetries: 2,
    logger,
    safety: {
      locks: createMemoryOrderLockStore(),
      ledger,
      hashKey: 'bench-hash-key-0123456789abcdef0123456789',
      lockTtlMs: 120_000,
      recordTtlMs: 86_400_000,
      settleMs: 120_000,
    },
    security: {
      authenticate: createAuthenticator({
        directory: await openPartnerDirectory(
          {
            kind: 'fixed',
            partners: [
              {
                ...BENCH_PARTNER,
                scopes: new Set(BENCH_PARTNER.scopes),
                keyDigests: [Buffer.from(BENCH_PARTNER.keys[0].sha256, 'hex')],
              },
            ],
          },
          logger,
        ),
        jwt: null,
      }),
      rateLimiter: createMemoryRateLimiter(),
      maxAtlasCallsPerOperation: 50,
      introspection: false,
      hideSuggestions: true,
      sandboxAuthorization: null,
      corsOrigins: [],
    },
    ticketing: {
      schedule: { intervalsMs: [intervalMs], jitter: 0.2, staleAfterMs: 60_000 },
      maxConcurrentPolls: 16,
      webhookSecret: webhooks ? 'bench-webhook-secret-0123456789' : null,
      keepAliveMs: 60_000,
    },
  });
  const url = await gateway.listen(0, '127.0.0.1');
  // The airport zones load at the first segment placed (about 50 MB once per process): loaded
  // now, so that the memory per subscription does not count them.
  await airportLocalTime('SIN', '202701010000');
  if (webhooks) await gateway.registerWebhook(new URL(url).origin);

  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (request: Request) => {
    const reply = (value: unknown) => process.send?.(value);
    switch (request.op) {
      case 'orders':
        return reply(
          Array.from(
            { length: request.count },
            () => simulator.store.createOrder({ state: 'TICKETING' }).orderNo,
          ),
        );
      case 'memory':
        gc?.();
        gc?.();
        return reply(process.memoryUsage());
      case 'queries':
        return reply(
          simulator.store.calls().filter((c) => c.endpoint === 'queryOrderDetails.do').length,
        );
      case 'settleAll':
        simulator.store.clock.advance(600_000);
        return reply(true);
      case 'transitions':
        return reply(Object.fromEntries(transitions));
      case 'usage':
        return reply(processUsage());
    }
  });
  process.send?.({ url });
}

void main();
