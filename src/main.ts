import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, SIMULATOR_CREDENTIALS } from './config';
import { createGateway } from './gateway';
import { loadOrCreateHashKey } from './ledger/hash-key.file';
import { openPaymentLedger } from './ledger/open-ledger';
import { createLogger } from './logging/logger';
import { seedOrders, SeededOrder } from './simulator/sim.seed';
import { createSharedState } from './shared-state';
import { leaderLeaseMs } from './ticketing/poll-schedule';
import { createSimulator, Simulator } from './simulator/simulator.server';

function printSeeds(url: string, seeded: SeededOrder[]): void {
  const lines = seeded.map(({ label, orderNo }) => `  ${orderNo}  ${label}`);
  process.stdout.write(
    [
      '',
      `Atlas gateway ready: ${url}  (open it in a browser for Apollo Sandbox)`,
      'Running on the embedded Atlas simulator. Seeded orders:',
      ...lines,
      '',
      '',
    ].join('\n'),
  );
}

/** The composition root: config, then every part by hand; shutdown in reverse. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  let simulator: Simulator | null = null;
  let atlasBaseUrl: string;
  let credentials: { clientId: string; clientSecret: string };
  if (config.atlas.kind === 'simulator') {
    simulator = createSimulator({
      ...SIMULATOR_CREDENTIALS,
      ticketingDelayMs: config.simulator.ticketingDelayMs,
    });
    atlasBaseUrl = await simulator.listen(config.simulator.port);
    credentials = SIMULATOR_CREDENTIALS;
  } else {
    atlasBaseUrl = config.atlas.baseUrl;
    credentials = { clientId: config.atlas.clientId, clientSecret: config.atlas.clientSecret };
  }
  const { safety } = config;
  const ledger = await openPaymentLedger(safety.ledger, logger.child({ component: 'ledger' }));
  // Config requires a key with DATABASE_URL, so a missing one always has a file to live in.
  const hashKey = safety.hashKey ?? (await loadOrCreateHashKey(safety.hashKeyFile!));
  const shared = await createSharedState(
    safety.store,
    leaderLeaseMs(config.ticketing.schedule),
    logger,
  );
  // The embedded simulator delivers webhooks too; a real Atlas only once a secret is chosen.
  const webhookSecret =
    config.ticketing.webhookSecret ?? (simulator ? randomBytes(24).toString('base64url') : null);
  const gateway = createGateway({
    atlasBaseUrl,
    ...credentials,
    timeoutMs: config.atlasTimeoutMs,
    payTimeoutMs: config.atlasPayTimeoutMs,
    queryRetries: config.atlasQueryRetries,
    logger,
    safety: {
      locks: shared.locks,
      ledger,
      hashKey,
      lockTtlMs: safety.lockTtlMs,
      recordTtlMs: safety.recordTtlMs,
      settleMs: safety.settleMs,
    },
    ticketing: {
      schedule: config.ticketing.schedule,
      maxConcurrentPolls: config.ticketing.maxConcurrentPolls,
      webhookSecret,
      pubsub: shared.ticketingPubSub,
      leadership: shared.pollLeadership,
    },
  });
  const url = await gateway.listen(config.port, config.host);
  logger.info(
    {
      url,
      atlas: simulator ? `simulator at ${atlasBaseUrl}` : atlasBaseUrl,
      store: safety.store.kind,
      ledger:
        safety.ledger.kind === 'embedded' ? `embedded in ${safety.ledger.dataDir}` : 'postgres',
    },
    'gateway listening',
  );
  const webhookBase = config.ticketing.webhookPublicUrl ?? (simulator ? new URL(url).origin : null);
  if (webhookBase && webhookSecret) {
    try {
      await gateway.registerWebhook(webhookBase);
      logger.info({ webhookBase }, 'webhook registered with Atlas');
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'webhook registration failed; polling only');
    }
  }
  if (simulator) printSeeds(url, seedOrders(simulator.store));

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await gateway.close();
    await shared.close();
    await ledger.close();
    await simulator?.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Failed to start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
