import { Scope } from './scope';

/** Per-partner limits; a partner file may set any of them, the rest come from configuration. */
export interface PartnerLimits {
  requestsPerSecond: number;
  paymentsPerMinute: number;
  /** payOrder calls for one order within an hour: what stops card testing. */
  paymentAttemptsPerOrderPerHour: number;
}

export interface Partner {
  id: string;
  name: string;
  scopes: ReadonlySet<Scope>;
  limits: PartnerLimits;
  /** SHA-256 digests of the partner's API keys; never the keys themselves. */
  keyDigests: readonly Buffer[];
}

/** Who is calling, once authenticated: a partner, with the scopes this credential carries. */
export interface Caller {
  partnerId: string;
  partnerName: string;
  scopes: ReadonlySet<Scope>;
  limits: PartnerLimits;
  credential: 'apiKey' | 'jwt';
}
