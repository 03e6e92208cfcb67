import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { isScope, Scope } from './scope';

export interface JwtSettings {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export type JwtVerdict =
  | { kind: 'valid'; partnerId: string; scopes: Set<Scope> }
  | { kind: 'invalid'; reason: string }
  /** The identity provider's keys could not be fetched: nobody can be judged right now. */
  | { kind: 'unavailable'; reason: string };

export type JwtVerifier = (token: string) => Promise<JwtVerdict>;

/** Public-key algorithms only: a JWKS holds no shared secrets. */
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];

/**
 * Tokens from the operator's identity provider, verified with jose against its JWKS (fetched and
 * cached by jose, refetched for an unknown key id). Expiry is required and enforced; the
 * `partner_id` claim names the partner and `scope` (space-separated, OAuth 2) its scopes.
 */
export function createJwtVerifier(settings: JwtSettings): JwtVerifier {
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 3_000 });
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'partner_id'],
        clockTolerance: 5,
      });
      const partnerId = payload.partner_id;
      if (typeof partnerId !== 'string' || partnerId === '') {
        return { kind: 'invalid', reason: 'partner_id is not a string' };
      }
      const scope = typeof payload.scope === 'string' ? payload.scope : '';
      return {
        kind: 'valid',
        partnerId,
        scopes: new Set(scope.split(' ').filter(isScope)),
      };
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
        return { kind: 'unavailable', reason: error.code };
      }
      if (error instanceof errors.JOSEError) return { kind: 'invalid', reason: error.code };
      // fetch itself failing (connection refused, DNS) surfaces as a plain error.
      if (error instanceof TypeError) return { kind: 'unavailable', reason: 'JWKS unreachable' };
      throw error;
    }
  };
}
