import { readFile } from 'node:fs/promises';
import { Logger } from '../logging/logger';
import { apiKeyDigest, matchesAnyDigest } from './api-key';
import { Partner, PartnerLimits } from './partner';
import { parsePartnersFile } from './partners.file';

/** The partners known right now. */
export interface PartnerDirectory {
  byApiKey(key: string): Partner | null;
  byId(id: string): Partner | null;
  close(): void;
}

export type PartnerSource =
  | { kind: 'file'; path: string; reloadMs: number; defaults: PartnerLimits }
  | { kind: 'fixed'; partners: Partner[] };

function lookup(partners: Partner[]): Omit<PartnerDirectory, 'close'> {
  const byId = new Map(partners.map((partner) => [partner.id, partner]));
  return {
    byApiKey(key) {
      const digest = apiKeyDigest(key);
      // Every partner is compared, so the time taken does not tell which one matched.
      let match: Partner | null = null;
      for (const partner of partners) {
        if (matchesAnyDigest(digest, partner.keyDigests)) match = partner;
      }
      return match;
    },
    byId: (id) => byId.get(id) ?? null,
  };
}

/**
 * A file source is read at once (a bad file stops start-up) and then every `reloadMs`, so an added
 * or revoked key takes effect within that time on every replica reading the same file. A file that
 * later stops parsing keeps the partners last read, and is reported once per change.
 */
export async function openPartnerDirectory(
  source: PartnerSource,
  logger: Logger,
): Promise<PartnerDirectory> {
  if (source.kind === 'fixed') return { ...lookup(source.partners), close() {} };
  let text = await readFile(source.path, 'utf8');
  let current = lookup(parsePartnersFile(text, source.path, source.defaults));
  let lastProblem: string | null = null;
  let reading = false;
  const reload = async () => {
    const next = await readFile(source.path, 'utf8');
    if (next === text) return;
    const partners = parsePartnersFile(next, source.path, source.defaults);
    text = next;
    current = lookup(partners);
    lastProblem = null;
    logger.info({ partners: partners.length }, 'partners reloaded');
  };
  const timer = setInterval(() => {
    if (reading) return;
    reading = true;
    reload()
      .catch((error: Error) => {
        if (error.message === lastProblem) return;
        lastProblem = error.message;
        logger.error(
          { err: error.message },
          'partners file not reloaded; keeping the last good one',
        );
      })
      .finally(() => {
        reading = false;
      });
  }, source.reloadMs);
  timer.unref();
  return {
    byApiKey: (key) => current.byApiKey(key),
    byId: (id) => current.byId(id),
    close: () => clearInterval(timer),
  };
}
