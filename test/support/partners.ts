import { apiKeyDigest } from '../../src/partners/api-key';
import { Partner, PartnerLimits } from '../../src/partners/partner';
import { Scope } from '../../src/partners/scope';

/** High enough that no test meets a limit it is not about. */
export const ROOMY_LIMITS: PartnerLimits = {
  requestsPerSecond: 100_000,
  paymentsPerMinute: 100_000,
  paymentAttemptsPerOrderPerHour: 1_000,
};

export interface TestPartner {
  id: string;
  key: string;
  scopes: Scope[];
  limits?: Partial<PartnerLimits>;
}

const key = (id: string) => `atk_test_${id}_0123456789abcdefghijklmnopqrstuvwxyz`;

/** partner-a is who stack.gql calls as, and who stack.createOrder's orders belong to. */
export const PARTNER_A: TestPartner = {
  id: 'partner-a',
  key: key('partner-a'),
  scopes: ['orders:read', 'payments:write', 'bookings:write'],
};
export const PARTNER_B: TestPartner = { ...PARTNER_A, id: 'partner-b', key: key('partner-b') };
export const BACK_OFFICE: TestPartner = {
  id: 'back-office',
  key: key('back-office'),
  scopes: ['orders:read', 'payments:write', 'bookings:write', 'orders:any'],
};
export const READ_ONLY: TestPartner = {
  id: 'read-only',
  key: key('read-only'),
  scopes: ['orders:read'],
};

export const DEFAULT_TEST_PARTNERS = [PARTNER_A, PARTNER_B, BACK_OFFICE, READ_ONLY];

export function asPartner(partner: TestPartner, limits: PartnerLimits = ROOMY_LIMITS): Partner {
  return {
    id: partner.id,
    name: `Test ${partner.id}`,
    scopes: new Set(partner.scopes),
    limits: { ...limits, ...partner.limits },
    keyDigests: [apiKeyDigest(partner.key)],
  };
}

export function bearer(partner: TestPartner): { authorization: string } {
  return { authorization: `Bearer ${partner.key}` };
}

/** The partners in PARTNERS_FILE's format: digests only, as an operator would write them. */
export function partnersFileText(
  partners: readonly TestPartner[] = DEFAULT_TEST_PARTNERS,
  limits: PartnerLimits = ROOMY_LIMITS,
): string {
  return JSON.stringify({
    partners: partners.map((partner) => ({
      id: partner.id,
      name: `Test ${partner.id}`,
      keys: [{ sha256: apiKeyDigest(partner.key).toString('hex') }],
      scopes: partner.scopes,
      limits: { ...limits, ...partner.limits },
    })),
  });
}
