/**
 * A process that logs as the gateway does at its last moments: once its parent has closed its
 * end of stdout and said go, two lines (one still being written when the next is logged), the
 * log ended, then exit.
 */
import { createInterface } from 'node:readline';
import { createLogger, endLog } from '../../src/logging/logger';

const logger = createLogger({ level: 'info' });
logger.info('ready');
createInterface({ input: process.stdin }).once('line', () => {
  logger.info('drain over');
  logger.info('stopped');
  void endLog(logger, 5_000).then(() => process.exit(0));
});
