import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, SIMULATOR_CREDENTIALS } from './config';
import { createGateway } from './gateway';
import { loadOrCreateHashKey } from './ledger/hash-key.file';
import { openLedger } from './ledger/open-ledger';
import { createLogger, endLog } from './logging/logger';
import { startTracing } from './tracing/start-tracing';
import { createAuthenticator } from './partners/authenticate';
import { DemoPartners, loadOrCreateDemoPartners } from './partners/demo-partners';
import { createJwtVerifier } from './partners/jwt.verifier';
import { openPartnerDirectory } from './partners/partner-directory';
import { seedOrders, SeededOrder } from './simulator/sim.seed';
import { createSharedState } from './shared-state';
import { leaderLeaseMs } from './ticketing/poll-schedule';
import { createSimulator, Simulator } from './simulator/simulator.server';

function printSeeds(
  url: string,
  seeded: SeededOrder[],
  demo: DemoPartners | null,
  pages: { graphiql: boolean; checkout: boolean },
): void {
  const origin = new URL(url).origin;
  const lines = seeded.map(({ label, orderNo }) => `  ${orderNo}  ${label}`);
  const keys = (demo?.keys ?? []).map(({ partnerId, key }) => `  ${partnerId.padEnd(16)} ${key}`);
  process.stdout.write(
    [
      '',
      `Atlas gateway ready: ${url}  (open it in a browser for Apollo Sandbox)`,
      ...(pages.graphiql ? [`GraphiQL, no internet needed: ${origin}/graphiql`] : []),
      ...(pages.checkout ? [`Reference checkout: ${origin}/checkout/`] : []),
      demo
        ? 'Running on the embedded Atlas simulator. Seeded orders (they belong to demo-web):'
        : 'Running on the embedded Atlas simulator. Seeded orders (only orders:any reaches them):',
      ...lines,
      '',
      ...(demo
        ? [
            'Demo partners (send as Authorization: Bearer <key>; Sandbox starts with demo-web):',
            ...keys,
            '',
          ]
        : []),
      '',
    ].join('\n'),
  );
}

/** The composition root: config, then every part by hand; shutdown in reverse. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  // Before anything makes a span; off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const tracing = config.tracing ? startTracing(config.tracing) : null;
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
  const ledger = await openLedger(safety.ledger, logger.child({ component: 'ledger' }));
  // Config refuses a real Atlas without a partners file, so demo partners only meet the simulator.
  const demo = config.partners.file
    ? null
    : await loadOrCreateDemoPartners(config.partners.demoFile, config.partners.defaults);
  const directory = await openPartnerDirectory(
    config.partners.file
      ? { kind: 'file', ...config.partners.file, defaults: config.partners.defaults }
      : { kind: 'fixed', partners: demo!.partners },
    logger.child({ component: 'partners' }),
  );
  const authenticate = createAuthenticator({
    directory,
    jwt: config.partners.jwt ? createJwtVerifier(config.partners.jwt) : null,
  });
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
  const seeded = simulator ? seedOrders(simulator.store) : [];
  if (simulator) await ledger.forgetSimulatedOrders(seeded.map(({ orderNo }) => orderNo));
  if (demo) {
    const now = new Date();
    for (const { orderNo } of seeded) await ledger.owners.claim(orderNo, 'demo-web', now);
  }
  const checkoutDir = config.simulator.checkoutDir;
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
    security: {
      authenticate,
      rateLimiter: shared.rateLimiter,
      maxAtlasCallsPerOperation: config.graphql.maxAtlasCallsPerOperation,
      introspection: config.graphql.introspection,
      hideSuggestions: config.graphql.hideSuggestions,
      sandboxAuthorization: demo ? `Bearer ${demo.keys[0]!.key}` : null,
      corsOrigins: config.graphql.corsOrigins,
    },
    ticketing: {
      schedule: config.ticketing.schedule,
      maxConcurrentPolls: config.ticketing.maxConcurrentPolls,
      webhookSecret,
      pubsub: shared.ticketingPubSub,
      leadership: shared.pollLeadership,
    },
    dependencies: [
      { name: 'ledger', check: () => ledger.ping() },
      ...(shared.ping ? [{ name: 'redis', check: shared.ping }] : []),
    ],
    // What is left of the shutdown once the drain is over, less a second to close the rest.
    stopGraceMs: Math.max(1_000, config.shutdown.timeoutMs - config.shutdown.drainMs - 1_000),
    ...(config.metricsPort === null ? {} : { metricsPort: config.metricsPort }),
    ...(simulator && demo && checkoutDir
      ? {
          checkout: {
            dir: checkoutDir,
            authorization: `Bearer ${demo.keys[0]!.key}`,
            seededOrders: seeded,
            confirmationOrigin: new URL(atlasBaseUrl).origin,
          },
        }
      : {}),
  });
  const url = await gateway.listen(config.port, config.host);
  logger.info(
    {
      url,
      atlas: simulator ? `simulator at ${atlasBaseUrl}` : atlasBaseUrl,
      store: safety.store.kind,
      ledger:
        safety.ledger.kind === 'embedded' ? `embedded in ${safety.ledger.dataDir}` : 'postgres',
      metrics: gateway.metricsUrl(),
      pid: process.pid,
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
  if (simulator) {
    printSeeds(url, seeded, demo, {
      graphiql: config.graphql.introspection,
      checkout: Boolean(demo && checkoutDir),
    });
  }

  /**
   * Readiness off at once, so load balancers stop sending; requests still served for the drain;
   * then the listener closes, in-flight operations finish (a pay.do on the wire is answered and
   * recorded), WebSocket clients get 1001 and reconnect elsewhere; then the stores close. Whatever
   * still runs at SHUTDOWN_TIMEOUT_MS is cut.
   */
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'already shutting down');
      return;
    }
    stopping = true;
    const { drainMs, timeoutMs } = config.shutdown;
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out; exiting with work still running');
      void endLog(logger).then(() => process.exit(1));
    }, timeoutMs).unref();
    gateway.beginShutdown();
    logger.info({ signal, drainMs }, 'shutting down: not ready, draining');
    await new Promise((resolve) => setTimeout(resolve, drainMs));
    logger.info('drain over: closing the listener, finishing in-flight operations');
    await gateway.close();
    directory.close();
    await shared.close();
    await ledger.close();
    await simulator?.close();
    await tracing?.shutdown();
    logger.info('stopped');
    await endLog(logger);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Failed to start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
