import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { apiKeyDigest } from '../src/partners/api-key';

/**
 * The partner bench clients call as by default: orders:any, because the bench makes its orders at
 * the simulator, and limits no bench reaches, because the bench measures the gateway, not its
 * limits.
 */
export const BENCH_API_KEY = 'atk_bench_0123456789abcdefghijklmnopqrstuvwxyz';

export const BENCH_PARTNER = {
  id: 'bench',
  name: 'Bench',
  keys: [{ sha256: apiKeyDigest(BENCH_API_KEY).toString('hex') }],
  scopes: ['orders:read', 'orders:any', 'payments:write'],
  limits: {
    requestsPerSecond: 100_000,
    paymentsPerMinute: 100_000,
    paymentAttemptsPerOrderPerHour: 1_000,
  },
} as const;

/**
 * A partner as partners are: without orders:any, it reaches the orders it owns, so every request
 * that names an order first asks whose it is. `BENCH_PARTNER=owner` calls as this partner, with the
 * bench's order numbers claimed for it in the ledger beforehand.
 */
export const BENCH_OWNER_API_KEY = 'atk_benchowner_0123456789abcdefghijklmnopqrstuvwxyz';

export const BENCH_OWNER_PARTNER = {
  ...BENCH_PARTNER,
  id: 'bench-owner',
  name: 'Bench (owns its orders)',
  keys: [{ sha256: apiKeyDigest(BENCH_OWNER_API_KEY).toString('hex') }],
  scopes: ['orders:read', 'payments:write'],
} as const;

/** A PARTNERS_FILE holding the bench partners, for gateways started with `npm start`. */
export async function writeBenchPartnersFile(dir: string): Promise<string> {
  const path = join(dir, 'bench-partners.json');
  await writeFile(path, JSON.stringify({ partners: [BENCH_PARTNER, BENCH_OWNER_PARTNER] }));
  return path;
}
