import { Logger } from '../logging/logger';

/**
 * Who an Atlas call is made for: the asking request's logger, so the call's lines name that
 * request and its partner, or null for the gateway's own work (polling, settling, readiness,
 * webhook registration).
 */
export type AtlasAsker = Logger | null;

type Level = 'debug' | 'info' | 'warn' | 'error';

/** Writes one line about an Atlas call made for `asker`. */
export type AtlasLines = (
  asker: AtlasAsker,
  level: Level,
  fields: Record<string, unknown>,
  msg: string,
) => void;

/**
 * Lines tagged `component: atlas`: through the asking request's logger, or through the client's
 * own logger (`own`, which carries the tag already) when the gateway itself asked.
 */
export function atlasLines(own: Logger): AtlasLines {
  return (asker, level, fields, msg) => {
    const log = asker ?? own;
    if (!log.isLevelEnabled(level)) return;
    log[level](asker ? { component: 'atlas', ...fields } : fields, msg);
  };
}
