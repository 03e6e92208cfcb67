import { JwtVerifier } from './jwt.verifier';
import { Caller, Partner } from './partner';
import { PartnerDirectory } from './partner-directory';
import { Scope } from './scope';

export type Authentication =
  | { kind: 'caller'; caller: Caller }
  /** No credential, or one that is unknown, revoked, expired or malformed. */
  | { kind: 'refused'; reason: string }
  /** A JWT that cannot be judged because the identity provider's keys are out of reach. */
  | { kind: 'unavailable'; reason: string };

export type Authenticate = (authorization: string | undefined) => Promise<Authentication>;

const BEARER = /^Bearer +([\x21-\x7e]{1,4096})$/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * `Authorization: Bearer <API key or JWT>` → the calling partner. A JWT's partner must be in the
 * directory (that is where its limits live, and removing a partner locks out its tokens too), and
 * it gets the scopes its token names that the partner itself holds: an identity provider can
 * narrow a partner's rights, never widen them.
 */
export function createAuthenticator(options: {
  directory: PartnerDirectory;
  jwt: JwtVerifier | null;
}): Authenticate {
  return async (authorization) => {
    if (!authorization) return { kind: 'refused', reason: 'no credential' };
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token) return { kind: 'refused', reason: 'not a bearer credential' };
    if (options.jwt && JWT_SHAPE.test(token)) {
      const verdict = await options.jwt(token);
      if (verdict.kind !== 'valid') {
        return verdict.kind === 'unavailable'
          ? { kind: 'unavailable', reason: verdict.reason }
          : { kind: 'refused', reason: `JWT ${verdict.reason}` };
      }
      const partner = options.directory.byId(verdict.partnerId);
      if (!partner) return { kind: 'refused', reason: 'JWT names an unknown partner' };
      const scopes = new Set<Scope>([...verdict.scopes].filter((s) => partner.scopes.has(s)));
      return callerOf(partner, scopes, 'jwt');
    }
    const partner = options.directory.byApiKey(token);
    if (!partner) return { kind: 'refused', reason: 'unknown or revoked API key' };
    return callerOf(partner, partner.scopes, 'apiKey');
  };
}

function callerOf(
  partner: Partner,
  scopes: ReadonlySet<Scope>,
  credential: Caller['credential'],
): Authentication {
  return {
    kind: 'caller',
    caller: {
      partnerId: partner.id,
      partnerName: partner.name,
      scopes,
      limits: partner.limits,
      credential,
    },
  };
}
