import pino, { DestinationStream, Logger } from 'pino';
import { censorSecrets } from './log-censor';
import { requestScopeFields } from './request-scope';

export type { Logger };

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      formatters: { log: censorSecrets },
      // A line written inside a request names it, even from code that never saw the request.
      mixin: requestScopeFields,
    },
    options.destination,
  );
}
