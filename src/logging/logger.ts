import pino, { DestinationStream, Logger } from 'pino';
import { censorSecrets } from './log-censor';

export type { Logger };

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      formatters: { log: censorSecrets },
    },
    options.destination,
  );
}
