import pino, { DestinationStream, Logger } from 'pino';
import { requestScopeFields } from './request-scope';

export type { Logger };

/**
 * Card data is never passed to the logger on purpose; these paths are a second line of defence
 * in case a request body or an input object ever reaches a log call.
 */
const REDACTED_PATHS = [
  'card',
  '*.card',
  'creditCard',
  '*.creditCard',
  '*.*.creditCard',
  'input.card',
  '*.input.card',
  'variables.input.card',
  '*.variables.input.card',
  'headers["x-atlas-client-secret"]',
  '*.headers["x-atlas-client-secret"]',
  'headers.authorization',
  '*.headers.authorization',
];

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: undefined,
      // A line written inside a request names it, even from code that never saw the request.
      mixin: requestScopeFields,
    },
    options.destination,
  );
}
