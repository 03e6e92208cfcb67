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

/** What pino writes to by default (sonic-boom on stdout); a destination given may lack all of it. */
interface EndableStream {
  destroyed?: boolean;
  end?: () => void;
  on?: unknown;
}

/**
 * Ends the log before the process exits: resolves once every line is written, once writing failed,
 * or after `withinMs` (a second unless told), when the process should exit regardless. Without it, a line still being written at `process.exit` is written again
 * by pino's exit hook, synchronously, and against a closed pipe (its reader gone, as after Ctrl-C
 * on `npm start | pino-pretty`) that hook retries forever: the process never exits.
 */
export function endLog(logger: Logger, withinMs = 1_000): Promise<void> {
  const stream = (logger as unknown as Record<symbol, EndableStream>)[pino.symbols.streamSym];
  if (!stream?.end || typeof stream.on !== 'function' || stream.destroyed) return Promise.resolve();
  const emitter = stream as EndableStream & NodeJS.EventEmitter;
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, withinMs);
    const ended = () => {
      clearTimeout(timer);
      resolve();
    };
    emitter.once('close', ended);
    // pino's own listener has already stopped the log for good on a broken pipe.
    emitter.once('error', ended);
    stream.end!();
  });
}
