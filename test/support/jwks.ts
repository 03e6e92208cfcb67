import { exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface TestIdentityProvider {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** A token signed with the provider's published key. */
  sign(claims: JWTPayload, expiresIn?: string | number): Promise<string>;
  /** A token signed with a key the provider never published. */
  signWithOtherKey(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

/** A JWKS the test serves itself on loopback, as an operator's identity provider would. */
export async function startTestIdentityProvider(): Promise<TestIdentityProvider> {
  const published = await generateKeyPair('ES256');
  const other = await generateKeyPair('ES256');
  const jwk = {
    ...(await exportJWK(published.publicKey)),
    kid: 'test-key',
    alg: 'ES256',
    use: 'sig',
  };
  const server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}/`;
  const audience = 'atlas-gateway';
  const sign = (
    key: Parameters<SignJWT['sign']>[0],
    claims: JWTPayload,
    expiresIn: string | number = '5m',
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key);
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    issuer,
    audience,
    sign: (claims, expiresIn) => sign(published.privateKey, claims, expiresIn),
    signWithOtherKey: (claims) => sign(other.privateKey, claims),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
