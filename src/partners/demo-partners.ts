import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { apiKeyDigest, generateApiKey } from './api-key';
import { Partner, PartnerLimits } from './partner';
import { Scope } from './scope';

const DEMO: readonly { id: string; name: string; scopes: Scope[] }[] = [
  {
    id: 'demo-web',
    name: 'Demo web checkout',
    scopes: ['orders:read', 'payments:write', 'bookings:write'],
  },
  {
    id: 'demo-backoffice',
    name: 'Demo back office',
    scopes: ['orders:read', 'payments:write', 'bookings:write', 'orders:any'],
  },
];

const keysFileSchema = z.record(z.string(), z.string().min(32));

export interface DemoPartners {
  partners: Partner[];
  /** The keys in clear, to print: they only ever unlock a gateway on the embedded simulator. */
  keys: { partnerId: string; name: string; key: string }[];
}

/**
 * Two partners for `npm start` on the simulator, with keys kept in the data folder (mode 600) so a
 * key copied into a script keeps working after a restart.
 */
export async function loadOrCreateDemoPartners(
  path: string,
  limits: PartnerLimits,
): Promise<DemoPartners> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  let stored: Record<string, string> = {};
  try {
    stored = keysFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const keys = DEMO.map((demo) => ({
    partnerId: demo.id,
    name: demo.name,
    key: stored[demo.id] ?? generateApiKey(),
  }));
  if (keys.some((entry) => stored[entry.partnerId] !== entry.key)) {
    const file = Object.fromEntries(keys.map((entry) => [entry.partnerId, entry.key]));
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  }
  return {
    keys,
    partners: DEMO.map((demo, index) => ({
      id: demo.id,
      name: demo.name,
      scopes: new Set(demo.scopes),
      limits,
      keyDigests: [apiKeyDigest(keys[index]!.key)],
    })),
  };
}
