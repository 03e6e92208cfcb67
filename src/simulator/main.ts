import { ConfigError, loadConfig, SIMULATOR_CREDENTIALS } from '../config';
import { createLogger, endLog } from '../logging/logger';
import { seedOrders } from './sim.seed';
import { createSimulator } from './simulator.server';

/** `npm run simulator`: the Atlas simulator alone, for pointing any Atlas client at it. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const simulator = createSimulator({
    ...SIMULATOR_CREDENTIALS,
    ticketingDelayMs: config.simulator.ticketingDelayMs,
  });
  const url = await simulator.listen(config.simulator.port);
  const seeded = seedOrders(simulator.store);
  logger.info(
    { url, clientId: SIMULATOR_CREDENTIALS.clientId, seeded },
    'Atlas simulator listening',
  );
  const stop = () =>
    void simulator
      .close()
      .then(() => endLog(logger))
      .then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
});
